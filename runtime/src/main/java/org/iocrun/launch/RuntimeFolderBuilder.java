package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.IocSubstAssembler;
import org.iocrun.launch.folders.OutputFolder;
import org.iocrun.launch.folders.StagedDirectory;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MissingTemplate;
import org.iocrun.substitution.MsiOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one place a runtime folder is built from a generation, for every command that builds one ({@code start},
 * {@code render}, {@code diff}, {@code runtime generate}/{@code generate2}): the generated files, the check that
 * every database template is on the include path, ioc.db expanded in-process, the autosave request files, the
 * support protocols and the config folder's own files (place-files), and the OPI screens. What differs between
 * the commands is the {@link Scope} and the kind of {@link OutputFolder} they pass (a container volume switched
 * in one rename, or a developer's folder of plain files).
 */
public final class RuntimeFolderBuilder {

    /** How much of start's runtime folder a command builds. */
    public enum Scope {
        /** ibek's {@code runtime generate}/{@code generate2}: the generated files only. */
        GENERATED_FILES,
        /**
         * {@code start}: everything; a template missing from the include path fails the start, and the support
         * modules' autosave request files are linked into the autosave volume.
         */
        CONTAINER_START,
        /**
         * {@code render} and {@code diff}: everything start writes into the runtime folder; without the image's
         * support tree ioc.db is left out with a warning, and nothing outside the output folder is written (the
         * autosave request files are linked into a temporary folder).
         */
        LOCAL_RENDER
    }

    /**
     * Where the build reads from besides the generation.
     *
     * @param configDir the instance's config folder (its own templates, protocols and request files)
     * @param support   {@code $SUPPORT}: the support modules' db folders, protocols and request files
     * @param autosave  the autosave volume ({@code $EPICS_ROOT/autosave}), written only by a container start
     */
    public record Sources(Path configDir, Path support, Path autosave) {
    }

    private final Sources sources;
    private final Map<String, String> iocEnv;
    private final StepLog log;
    private final Consumer<List<Problem>> warnings;

    /**
     * @param iocEnv   the IOC's environment ({@link IocEnvironment}): template names are expanded with it, so
     *                 RELEASE.shell's macros resolve here as they do in the IOC
     * @param warnings where warnings go as they are found (printed by the command)
     */
    public RuntimeFolderBuilder(Sources sources, Map<String, String> iocEnv, StepLog log, Consumer<List<Problem>> warnings) {
        this.sources = sources;
        this.iocEnv = Map.copyOf(iocEnv);
        this.log = log;
        this.warnings = warnings;
    }

    /**
     * Builds the runtime folder's new set from {@code generated} (the caller commits it). Returns the files the
     * ioc.db expansion read (templates and their includes), so a start can record them.
     */
    public List<Path> build(GeneratedFiles generated, OutputFolder runtime, Scope scope) throws StartFailure, IOException {
        write(runtime, "", generated.runtimeFiles());
        if (scope == Scope.GENERATED_FILES) {
            return List.of();
        }
        IncludePath includes = includePath(runtime);
        List<Path> templatesRead = List.of();
        if (templatesFound(runtime, includes, generated, scope)) {
            templatesRead = expandDatabase(runtime, includes);
        }
        autosave(runtime, generated, scope);
        copyAssets(runtime, true);
        return templatesRead;
    }

    /** A config folder's hand-written st.cmd, ioc.subst and ioc.db, copied and expanded as start.sh does. */
    public void buildHandWritten(OutputFolder runtime) throws StartFailure, IOException {
        log.begin();
        for (String name : ConfigFolder.HAND_WRITTEN_FILES) {
            Path source = sources.configDir().resolve(name);
            if (Files.isRegularFile(source)) {
                runtime.write(name, Files.readAllBytes(source));
            }
        }
        log.done("copied the config folder's hand-written st.cmd/ioc.subst/ioc.db");
        expandDatabase(runtime, includePath(runtime));
        copyAssets(runtime, false);
    }

    /** Writes the OPI screens under {@code prefix} of {@code folder}; returns how many. */
    public int publishOpi(GeneratedFiles generated, OutputFolder folder, String prefix) throws IOException {
        Map<String, byte[]> files = generated.opiFiles();
        write(folder, prefix, files);
        return files.size();
    }

    private static void write(OutputFolder folder, String prefix, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            folder.write(prefix + f.getKey(), f.getValue());
        }
    }

    /** start.sh's msi include path: the config folder, every $SUPPORT/*{@literal /}db in sorted order, the runtime folder. */
    private IncludePath includePath(OutputFolder runtime) throws IOException {
        return IncludePath.forIoc(sources.configDir().toAbsolutePath(), sources.support().toAbsolutePath(), runtime.path());
    }

    /**
     * The render-time check: every template ioc.subst uses must be on the include path, named by its entity. A
     * start fails on a missing one; a local render (no image support tree) leaves ioc.db out and says so.
     */
    private boolean templatesFound(OutputFolder runtime, IncludePath includes, GeneratedFiles generated, Scope scope)
            throws StartFailure, IOException {
        log.begin();
        List<MissingTemplate> missing;
        try {
            // the IOC environment, as the expansion after this check uses: RELEASE.shell's $(ASYN)-style names are
            // only there, never in the image's process environment
            missing = new DbExpander(MsiOptions.defaults().withIncludePath(includes).withEnvironment(iocEnv))
                    .findMissingTemplates(runtime.path().resolve("ioc.subst"));
        } catch (UserError e) {
            throw new StartFailure("checking ioc.subst", e.problems());
        }
        if (missing.isEmpty()) {
            return true;
        }
        if (scope == Scope.LOCAL_RENDER) {
            warnings.accept(List.of(Problem.warning(SourcePosition.unknown(sources.support()),
                    "ioc.db not expanded: " + missing.size() + " templates not found under " + sources.support()
                            + " (e.g. " + missing.getFirst().fileName() + "); set SUPPORT or EPICS_ROOT to the"
                            + " image's support tree")));
            return false;
        }
        throw new StartFailure("checking database templates", missingTemplateProblems(missing, generated));
    }

    private static List<Problem> missingTemplateProblems(List<MissingTemplate> missing, GeneratedFiles generated) {
        List<Problem> problems = new ArrayList<>();
        List<AutosaveRequests.Block> blocks = AutosaveRequests.blocks(generated.iocSubst());
        for (MissingTemplate m : missing) {
            String file = m.blockIndex() < blocks.size() ? blocks.get(m.blockIndex()).file() : m.fileName();
            IocSubstAssembler.Row row = generated.substRows().stream().filter(r -> r.file().equals(file))
                    .findFirst().orElse(null);
            SourcePosition at = row == null ? m.position() : row.position();
            problems.add(Problem.error(at, "database template '" + m.fileName() + "'"
                            + (row == null ? "" : " used by " + row.origin()) + " is not on the include path",
                    m.searched()));
        }
        return problems;
    }

    private List<Path> expandDatabase(OutputFolder runtime, IncludePath includes) throws StartFailure, IOException {
        Path subst = runtime.path().resolve("ioc.subst");
        if (!Files.exists(subst)) {
            return List.of();
        }
        log.begin();
        MsiOptions options = MsiOptions.defaults()
                .withIncludePath(includes)
                .withEnvironment(iocEnv).withWorkingDirectory(runtime.path());
        List<Path> read = new ArrayList<>();
        try {
            var result = new DbExpander(options).expandToFile(subst, runtime.path().resolve("ioc.db"));
            warnings.accept(result.warnings());
            // msi names files relative to its working directory, the runtime set
            result.filesOpened().forEach(name -> read.add(runtime.path().resolve(name).normalize()));
        } catch (UserError e) {
            throw new StartFailure("expanding ioc.subst into ioc.db", e.problems());
        }
        log.done("expanded ioc.db (" + sizeKb(runtime.path().resolve("ioc.db")) + " kB)");
        return read;
    }

    /**
     * ibek's generate-autosave. A start links the request files into the autosave volume, as ibek does; a local
     * render links them into a temporary folder of its own, beside the request files the image's autosave folder
     * already holds (the build links ibek-support's there, e.g. iocAdminSoft_settings.req), so its output equals
     * start's and nothing else is written.
     */
    private void autosave(OutputFolder runtime, GeneratedFiles generated, Scope scope) throws StartFailure, IOException {
        log.begin();
        Path requests = scope == Scope.CONTAINER_START ? sources.autosave() : Files.createTempDirectory("iocrun-autosave");
        try {
            if (scope != Scope.CONTAINER_START) {
                AutosaveRequests.linkExisting(sources.autosave(), requests);
            }
            warnings.accept(AutosaveRequests.linkRequestFiles(sources.support(), sources.configDir(), requests));
            List<String> written = AutosaveRequests.generate(AutosaveRequests.blocks(generated.iocSubst()),
                    requests, runtime.path(), iocEnv);
            if (!written.isEmpty()) {
                log.done("wrote " + String.join(", ", written));
            }
        } catch (UserError e) {
            throw new StartFailure("generating autosave request files", e.problems());
        } finally {
            if (scope != Scope.CONTAINER_START) {
                StagedDirectory.deleteTree(requests);
            }
        }
    }

    private void copyAssets(OutputFolder runtime, boolean placeConfigFiles) throws IOException {
        log.begin();
        int protocols = RuntimeAssets.copySupportProtocols(sources.support(), runtime.path());
        int placed = placeConfigFiles && Files.isDirectory(sources.configDir()) ? RuntimeAssets.placeFiles(sources.configDir(), runtime.path()) : 0;
        if (protocols + placed > 0) {
            log.done("copied " + protocols + " support protocol files and " + placed + " config files");
        }
    }

    private static long sizeKb(Path file) throws IOException {
        return (Files.size(file) + 1023) / 1024;
    }
}
