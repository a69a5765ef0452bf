package org.iocrun.launch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one generation of a runtime set read and wrote, stored in the set ({@link RuntimeSetRecordFile}), so that a
 * later start can tell whether generating again would give the same files.
 *
 * @param build       the iocrun build that generated the set (the jar's stamp, as the caches key on it)
 * @param generatedAt when the set was generated
 * @param generatedBy who generated it, for the log ("iocrun start --prepare-only on bl01t-ea-test-01")
 * @param options     the settings of the start that shape the set: its folders
 * @param environment every environment variable the generation looked up: its value, or empty when it was not set
 * @param files       every file read, by absolute path: its state, or empty when a lookup found nothing there
 * @param folders     every folder searched, by absolute path: its {@link FolderListing}
 * @param runtime     every file of the runtime set, by path inside the runtime folder
 * @param opi         every file of the OPI set, by path inside the OPI folder
 * @param autosaveLinks the request-file links the generation left in the container's autosave folder
 *                    ({@link AutosaveLinks}), by name, with their targets
 * @param waits       the hardware the IOC waits for ({@code ibek.wait_ip}), as the generation found it
 */
public record RuntimeSetRecord(String build, Instant generatedAt, String generatedBy, SortedMap<String, String> options,
                               SortedMap<String, Optional<String>> environment,
                               SortedMap<Path, Optional<FileState>> files, SortedMap<Path, String> folders,
                               SortedMap<String, FileState> runtime, SortedMap<String, FileState> opi,
                               SortedMap<String, Path> autosaveLinks, List<WaitTarget> waits) {

    public RuntimeSetRecord {
        options = sorted(options);
        environment = sorted(environment);
        files = sorted(files);
        folders = sorted(folders);
        runtime = sorted(runtime);
        opi = sorted(opi);
        autosaveLinks = sorted(autosaveLinks);
        waits = List.copyOf(waits);
    }

    private static <K, V> SortedMap<K, V> sorted(Map<K, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
