package org.iocrun.launch;

import org.iocrun.yaml.CacheFolder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * What a file was when a runtime set was made: its size and modification time (the cheap check, one stat) and a
 * name for its content (the sure one, read only when the stat differs: a ConfigMap mounted into a new pod has new
 * times and the same content).
 *
 * @param content {@link CacheFolder#contentName}: length and two checksums
 */
public record FileState(long size, long modifiedMillis, String content) {

    /** A time no file has: its stat never matches, so its content is always compared. */
    static final long ALWAYS_COMPARE = -1;

    /**
     * How recent a modification time must be for the stat check not to be trusted (git's "racy" files): a file
     * changed again within the file system's time granularity (2 s on the coarsest) after it was recorded would keep
     * its size and time.
     */
    private static final long RACY_MILLIS = 2_000;

    /**
     * The state of an input {@code file} now (links followed); empty when it is missing or not a regular file. A
     * file modified in the last two seconds is recorded with {@link #ALWAYS_COMPARE}: a ConfigMap is written into
     * a pod just before its init container starts.
     */
    public static Optional<FileState> of(Path file) throws IOException {
        return read(file, System.currentTimeMillis() - RACY_MILLIS);
    }

    /** The state of a file iocrun has just written (nobody else changes it within the same instant). */
    public static Optional<FileState> written(Path file) throws IOException {
        return read(file, Long.MAX_VALUE);
    }

    private static Optional<FileState> read(Path file, long trustedBefore) throws IOException {
        Optional<BasicFileAttributes> stat = stat(file);
        if (stat.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        long modified = stat.get().lastModifiedTime().toMillis();
        return Optional.of(new FileState(bytes.length, modified < trustedBefore ? modified : ALWAYS_COMPARE,
                CacheFolder.contentName(bytes)));
    }

    /** Whether {@code file} still holds this content: same size and time, or else the same content. */
    public boolean heldBy(Path file) {
        try {
            Optional<BasicFileAttributes> stat = stat(file);
            if (stat.isEmpty()) {
                return false;
            }
            if (stat.get().size() == size && stat.get().lastModifiedTime().toMillis() == modifiedMillis) {
                return true;
            }
            return stat.get().size() == size && CacheFolder.contentName(Files.readAllBytes(file)).equals(content);
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    /** Whether a regular file is at {@code file} now (links followed). */
    public static boolean exists(Path file) {
        try {
            return stat(file).isPresent();
        } catch (IOException | SecurityException unreadable) {
            return false;
        }
    }

    private static Optional<BasicFileAttributes> stat(Path file) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (java.nio.file.NoSuchFileException | java.nio.file.NotDirectoryException missing) {
            return Optional.empty();
        }
        return attributes.isRegularFile() ? Optional.of(attributes) : Optional.empty();
    }
}
