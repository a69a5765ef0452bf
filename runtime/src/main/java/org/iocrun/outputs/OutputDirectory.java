package org.iocrun.outputs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Replaces the contents of an output directory with a new file set so that a failure leaves the previous
 * contents in place: the new files are written in full into a hidden staging folder inside the directory (same
 * filesystem, so renames are atomic), and only then are the old entries moved aside and the new ones renamed in.
 * The directory itself is never removed: in a container it is a mount point.
 */
public final class OutputDirectory {

    static final String STAGING_PREFIX = ".iocrun-staging-";
    static final String OLD_PREFIX = ".iocrun-old-";

    private OutputDirectory() {
    }

    /**
     * @param files relative path (may contain '/') to content; every other entry of {@code dir} is removed
     */
    public static void replaceContents(Path dir, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(dir);
        String token = UUID.randomUUID().toString().substring(0, 8);
        Path staging = dir.resolve(STAGING_PREFIX + token);
        Path old = dir.resolve(OLD_PREFIX + token);
        try {
            Files.createDirectory(staging);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = staging.resolve(f.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, f.getValue());
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        swap(dir, staging, old);
    }

    private static void swap(Path dir, Path staging, Path old) throws IOException {
        Files.createDirectory(old);
        List<Path> moved = new ArrayList<>();
        try {
            for (Path entry : entries(dir)) {
                if (!entry.equals(staging) && !entry.equals(old)) {
                    Files.move(entry, old.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    moved.add(entry);
                }
            }
            for (Path entry : entries(staging)) {
                Files.move(entry, dir.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            restore(dir, staging, old, moved);
            throw e;
        }
        deleteTree(old);
        deleteTree(staging);
    }

    /** Puts the previous entries back after a failed swap (best effort: the swap itself rarely fails). */
    private static void restore(Path dir, Path staging, Path old, List<Path> moved) {
        try {
            for (Path entry : entries(dir)) {
                if (!entry.equals(staging) && !entry.equals(old) && !moved.contains(entry)) {
                    deleteTree(entry);
                }
            }
            for (Path entry : moved) {
                try {
                    Files.move(old.resolve(entry.getFileName()), entry, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException ignored) {
                    // a staged file of the same name is already back in place; the old one is kept in 'old'
                }
            }
        } catch (IOException ignored) {
            // nothing more can be done; the caller reports the original failure
        } finally {
            deleteTree(staging);
        }
    }

    private static List<Path> entries(Path dir) throws IOException {
        List<Path> list = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(list::add);
        }
        return list;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // leftovers are hidden and removed by the next successful write
        }
    }
}
