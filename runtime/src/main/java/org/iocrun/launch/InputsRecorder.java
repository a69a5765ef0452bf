package org.iocrun.launch;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Collects what one generation read: files (with their state, or their absence), searched folders (with their
 * listing) and environment variables (with their value, or their absence). One recorder per start.
 */
final class InputsRecorder {

    private static final int MAX_DEPTH = 32;

    private final SortedMap<Path, Optional<FileState>> files = new TreeMap<>();
    private final SortedMap<Path, String> folders = new TreeMap<>();
    private final SortedMap<String, Optional<String>> environment = new TreeMap<>();

    /** A file read, or looked for and not found. */
    void file(Path file) throws IOException {
        Path at = file.toAbsolutePath().normalize();
        if (!files.containsKey(at)) {
            files.put(at, FileState.of(at));
        }
    }

    /** A folder searched: what it lists now. */
    void folder(Path dir) {
        folders.putIfAbsent(dir.toAbsolutePath().normalize(), FolderListing.of(dir));
    }

    /** Every visible folder of a tree searched recursively, and its files whose names {@code wanted} accepts. */
    void tree(Path root, Predicate<String> wanted) throws IOException {
        tree(root, wanted, 0);
    }

    private void tree(Path root, Predicate<String> wanted, int depth) throws IOException {
        folder(root);
        // links are followed, as the searches follow them; the depth bound keeps a link loop from running away
        if (!Files.isDirectory(root) || depth > MAX_DEPTH) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(entry)) {
                    tree(entry, wanted, depth + 1);
                } else if (wanted.test(name)) {
                    file(entry);
                }
            }
        }
    }

    /** An environment variable looked up in {@code env}. */
    void environment(String name, Map<String, String> env) {
        environment.putIfAbsent(name, Optional.ofNullable(env.get(name)));
    }

    SortedMap<Path, Optional<FileState>> files() {
        return files;
    }

    SortedMap<Path, String> folders() {
        return folders;
    }

    SortedMap<String, Optional<String>> environment() {
        return environment;
    }
}
