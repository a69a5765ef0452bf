package org.iocrun.launch.folders;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A new set of files for an output folder, built in full in a folder of its own ({@link #path()}) and put in place
 * by {@link #commit()}; closed without a commit, it leaves the output folder as it was.
 *
 * <p>Two kinds: a container volume ({@link StagedDirectory}: everything switched in one rename, entries are links)
 * and a developer's folder ({@link PlainFolder}: regular files, and only iocrun's own files ever replaced).
 */
public sealed interface OutputFolder extends AutoCloseable permits StagedDirectory, PlainFolder {

    /** Where the new set is built: steps that write files themselves (msi, copies) write here. */
    Path path();

    /** The folder that receives the set. */
    Path target();

    /** Writes one file of the new set; {@code relative} may hold '/' but must stay inside the set. */
    Path write(String relative, byte[] content) throws IOException;

    /** Puts the new set in place. */
    void commit() throws IOException;

    /** Discards the new set unless it was committed. */
    @Override
    void close();

    /**
     * {@code dir} as the file system resolves it: an existing folder by its real path (symlinks followed), a new
     * one by its nearest existing parent's real path plus the rest, with {@code .} and {@code ..} resolved, so
     * every spelling of one folder ({@code .}, {@code ./x}, {@code a/../b}, a link) names the same path.
     */
    static Path resolved(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (java.nio.file.Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path normal = absolute.normalize();
        Path existing = normal;
        while (existing.getParent() != null && !java.nio.file.Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing.toRealPath().resolve(existing.relativize(normal));
    }
}
