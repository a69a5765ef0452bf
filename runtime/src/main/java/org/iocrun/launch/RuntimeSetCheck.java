package org.iocrun.launch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Whether the runtime set a folder shows is still what a generation would make now: same iocrun build, same
 * folders, every environment variable looked up as it was, every file read unchanged (stat first, content only
 * when the stat differs), every searched folder listing the same names, and every file of the runtime and OPI
 * sets as written. Cheap checks first; the first difference found is the reason to generate.
 */
final class RuntimeSetCheck {

    /** The answer, with the reason a log line gives. */
    sealed interface Verdict permits Current, Stale {
    }

    /** Nothing changed: the set may be used as it is. */
    record Current(RuntimeSetRecord record) implements Verdict {
    }

    /** Something changed; {@code reason} says what ("ioc.yaml changed"). */
    record Stale(String reason) implements Verdict {
    }

    private final String build;
    private final SortedMap<String, String> options;
    private final Map<String, String> iocEnv;
    private final Path configDir;
    private final Path runtimeDir;
    private final Path opiDir;

    /**
     * @param build   this iocrun build's stamp
     * @param options this start's {@link StartInputs#options}
     * @param iocEnv  the IOC environment of this start (RELEASE.shell's exports included), as the generation sees it
     */
    RuntimeSetCheck(String build, SortedMap<String, String> options, Map<String, String> iocEnv, Path configDir,
                    Path runtimeDir, Path opiDir) {
        this.build = build;
        this.options = options;
        this.iocEnv = iocEnv;
        this.configDir = configDir.toAbsolutePath().normalize();
        this.runtimeDir = runtimeDir;
        this.opiDir = opiDir;
    }

    Verdict check(RuntimeSetRecord record) {
        if (!record.build().equals(build)) {
            return new Stale("the iocrun build changed");
        }
        if (!record.options().equals(options)) {
            return new Stale("the folders changed (EPICS_ROOT, IOC, CONFIG_DIR, RUNTIME_DIR or SUPPORT)");
        }
        for (Map.Entry<String, Optional<String>> variable : record.environment().entrySet()) {
            Optional<String> now = Optional.ofNullable(iocEnv.get(variable.getKey()));
            if (!now.equals(variable.getValue())) {
                return new Stale(environmentChange(variable.getKey(), variable.getValue(), now));
            }
        }
        for (Map.Entry<Path, Optional<FileState>> file : record.files().entrySet()) {
            Optional<FileState> was = file.getValue();
            if (was.isEmpty() ? FileState.exists(file.getKey()) : !was.get().heldBy(file.getKey())) {
                return new Stale(shown(file.getKey()) + (was.isEmpty() ? " appeared"
                        : FileState.exists(file.getKey()) ? " changed" : " was removed"));
            }
        }
        for (Map.Entry<Path, String> folder : record.folders().entrySet()) {
            if (!FolderListing.of(folder.getKey()).equals(folder.getValue())) {
                return new Stale("files were added to or removed from " + shown(folder.getKey()));
            }
        }
        return outputs(record);
    }

    private Verdict outputs(RuntimeSetRecord record) {
        String runtimeFile = SetOutputs.firstChanged(record.runtime(), runtimeDir);
        if (runtimeFile != null) {
            return new Stale("the runtime folder's " + runtimeFile + " was changed or removed since it was generated");
        }
        if (!SetOutputs.noOtherFiles(record.runtime(), runtimeDir)) {
            return new Stale("the runtime folder holds files the set does not");
        }
        String opiFile = SetOutputs.firstChanged(record.opi(), opiDir);
        if (opiFile != null) {
            return new Stale("the OPI folder's " + opiFile + " was changed or removed since it was generated");
        }
        if (!SetOutputs.noOtherFiles(record.opi(), opiDir)) {
            return new Stale("the OPI folder holds files the set does not");
        }
        return new Current(record);
    }

    private static String environmentChange(String name, Optional<String> was, Optional<String> now) {
        if (was.isEmpty()) {
            return "environment variable " + name + " is now set";
        }
        return now.isEmpty() ? "environment variable " + name + " is no longer set"
                : "environment variable " + name + " changed";
    }

    /** A config folder file by its name (as users know it), any other by its path. */
    private String shown(Path file) {
        return file.startsWith(configDir) && !file.equals(configDir) ? configDir.relativize(file).toString() : file.toString();
    }
}
