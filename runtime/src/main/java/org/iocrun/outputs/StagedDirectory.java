package org.iocrun.outputs;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A new content set for a directory, built in full in a hidden staging folder inside it (same filesystem, so the
 * final renames are atomic) and swapped in by {@link #commit()}: the old entries are moved aside, the new ones
 * renamed in, the old ones deleted. Until commit the directory's previous contents are untouched; closing without
 * commit discards the staging folder. The directory itself is never removed: in a container it is a mount point.
 */
public final class StagedDirectory implements AutoCloseable {

    static final String STAGING_PREFIX = ".iocrun-staging-";
    static final String OLD_PREFIX = ".iocrun-old-";

    private final Path dir;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    public static StagedDirectory open(Path dir) throws IOException {
        Files.createDirectories(dir);
        removeLeftovers(dir);
        Path staging = dir.resolve(STAGING_PREFIX + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(staging);
        return new StagedDirectory(dir, staging);
    }

    /** The staging folder: the future contents of the directory. */
    public Path path() {
        return staging;
    }

    /** The directory that will receive the contents. */
    public Path target() {
        return dir;
    }

    public Path write(String relative, byte[] content) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        Files.createDirectories(target.getParent());
        Files.write(target, content);
        return target;
    }

    public void commit() throws IOException {
        Path old = dir.resolve(OLD_PREFIX + staging.getFileName().toString().substring(STAGING_PREFIX.length()));
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
            restore(old, moved);
            throw e;
        }
        committed = true;
        deleteTree(old);
        deleteTree(staging);
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /** Puts the previous entries back after a failed swap (best effort: the swap itself rarely fails). */
    private void restore(Path old, List<Path> moved) {
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
                    // cannot happen after the clean-up above; keep the old copy rather than fail the restore
                }
            }
            deleteTree(old);
        } catch (IOException ignored) {
            // the caller reports the original failure
        }
    }

    /** Staging or old folders of an earlier run that was killed mid-way. */
    private static void removeLeftovers(Path dir) throws IOException {
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(STAGING_PREFIX) || name.startsWith(OLD_PREFIX)) {
                deleteTree(entry);
            }
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
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // leftovers are hidden and removed by the next run
        }
    }
}
