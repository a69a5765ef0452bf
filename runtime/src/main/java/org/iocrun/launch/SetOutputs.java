package org.iocrun.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of a runtime or OPI set, by path inside the set, with their state: recorded when the set is made, and
 * checked through the folder the set is switched into (whose entries link into the current set), so a file
 * someone changed or removed since makes the set stale.
 */
final class SetOutputs {

    private SetOutputs() {
    }

    /** Every regular file under {@code setFolder} but the record itself. */
    static SortedMap<String, FileState> of(Path setFolder) throws IOException {
        SortedMap<String, FileState> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(setFolder)) {
            for (Path p : walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                String name = setFolder.relativize(p).toString();
                if (!name.equals(RuntimeSetRecordFile.NAME)) {
                    files.put(name, FileState.written(p).orElseThrow(() -> new IOException("vanished: " + p)));
                }
            }
        }
        return files;
    }

    /** The name of the first file of {@code recorded} that {@code folder} no longer shows as it was, or null. */
    static String firstChanged(SortedMap<String, FileState> recorded, Path folder) {
        for (var file : recorded.entrySet()) {
            if (!file.getValue().heldBy(folder.resolve(file.getKey()))) {
                return file.getKey();
            }
        }
        return null;
    }

    /**
     * Whether {@code folder} shows no file the set does not have at its top level (hidden ones aside): a generation
     * would remove it. (Folders are passed over: a set may hold an empty one, e.g. protocol/ of a support tree
     * without protocols.)
     */
    static boolean noOtherFiles(SortedMap<String, FileState> recorded, Path folder) {
        Set<String> expected = new TreeSet<>();
        recorded.keySet().forEach(name -> expected.add(name.split("/", 2)[0]));
        Set<String> shown = new TreeSet<>();
        try (Stream<Path> list = Files.list(folder)) {
            list.filter(p -> !p.getFileName().toString().startsWith(".") && !Files.isDirectory(p))
                    .map(p -> p.getFileName().toString()).forEach(shown::add);
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
        return expected.containsAll(shown);
    }
}
