package org.iocrun.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The request-file links a generation left in {@code $EPICS_ROOT/autosave} ({@link AutosaveRequests#linkRequestFiles}),
 * by name, with their targets. That folder is the container's own, not a volume: a new container (the IOC container
 * after an init container, a pod started again) has only the image's files there. A start that uses a current set
 * puts the links back as the generation made them, as start.sh links at every boot, so the IOC finds its request
 * files and the set's record (which looked for some of them) holds.
 */
final class AutosaveLinks {

    private AutosaveLinks() {
    }

    /** Every link in {@code autosaveDir} to a file of the support tree or the config folder. */
    static SortedMap<String, Path> of(Path autosaveDir, Path support, Path configDir) throws IOException {
        SortedMap<String, Path> links = new TreeMap<>();
        if (!Files.isDirectory(autosaveDir)) {
            return links;
        }
        Path supportRoot = support.toAbsolutePath().normalize();
        Path configRoot = configDir.toAbsolutePath().normalize();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(autosaveDir, "*.req")) {
            for (Path entry : entries) {
                if (Files.isSymbolicLink(entry)) {
                    Path target = Files.readSymbolicLink(entry);
                    Path resolved = target.toAbsolutePath().normalize();
                    if (resolved.startsWith(supportRoot) || resolved.startsWith(configRoot)) {
                        links.put(entry.getFileName().toString(), target);
                    }
                }
            }
        }
        return links;
    }

    /**
     * Makes the links again: a missing one is made, and one to the config folder (an instance's override) replaces
     * whatever is there, as {@link AutosaveRequests#linkRequestFiles} does. A folder that cannot be written is passed
     * over: the record's check then finds the request files as they are.
     */
    static void restore(Map<String, Path> links, Path autosaveDir, Path configDir) {
        Path configRoot = configDir.toAbsolutePath().normalize();
        for (Map.Entry<String, Path> link : links.entrySet()) {
            Path at = autosaveDir.resolve(link.getKey());
            try {
                if (link.getValue().toAbsolutePath().normalize().startsWith(configRoot)) {
                    if (Files.isSymbolicLink(at) && Files.readSymbolicLink(at).equals(link.getValue())) {
                        continue;
                    }
                    Files.deleteIfExists(at);
                } else if (Files.exists(at, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                Files.createSymbolicLink(at, link.getValue());
            } catch (IOException | UnsupportedOperationException | SecurityException unwritable) {
                // a read-only image: nothing to put back, and the check says whether the set still holds
            }
        }
    }
}
