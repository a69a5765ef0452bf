package org.iocrun.launch.folders;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A developer's output folder ({@code render -o DIR}): regular files, each built beside its place and moved in
 * with one rename, and only iocrun's own files ever replaced or removed. iocrun lists what it wrote in a
 * {@link Manifest} inside the folder; a folder is accepted when it is new, empty, or holds such a list (anything
 * else only with {@code force}), and a folder holding an input of the run (the config folder) never is.
 *
 * <p>Killed midway, the folder holds each file whole, old or new, and a manifest that lists both sets until the
 * next render ends; a leftover build folder ({@code .iocrun-build-*}) is removed by the next open.
 */
public final class PlainFolder implements OutputFolder {

    private static final String BUILD_PREFIX = StagedDirectory.HIDDEN_PREFIX + "build-";

    /**
     * What a render may do to the folder.
     *
     * @param force  write into a folder iocrun did not render, replacing the files of the same names
     * @param inputs folders the run reads from (the config folder): the output may not be one of them or above one
     */
    public record Rules(boolean force, List<Path> inputs) {

        public Rules {
            inputs = List.copyOf(inputs);
        }
    }

    private final Path dir;
    private final Path staging;
    private final Manifest previous;
    private final boolean force;
    private boolean committed;
    private int written;

    private PlainFolder(Path dir, Path staging, Manifest previous, boolean force) {
        this.dir = dir;
        this.staging = staging;
        this.previous = previous;
        this.force = force;
    }

    /**
     * Refuses {@code dir} (any spelling) with the reason and the way out, without writing anything: a command
     * checks before its long work, and {@link #open} checks again.
     */
    public static void check(Path dir, Rules rules) throws UserError, IOException {
        Path resolved = OutputFolder.resolved(dir);
        refuseInputFolders(dir, resolved, rules.inputs());
        if (Files.exists(resolved) && !Files.isDirectory(resolved)) {
            throw new UserError(Problem.error(SourcePosition.unknown(dir), "the output is a file, not a folder",
                    "give -o a folder (new, empty, or one iocrun rendered into before)"));
        }
        if (Files.isDirectory(resolved) && Manifest.readFrom(resolved).isEmpty() && !rules.force()) {
            List<String> foreign = foreignEntries(resolved);
            if (!foreign.isEmpty()) {
                throw new UserError(Problem.error(SourcePosition.unknown(dir),
                        "refusing to write into a folder iocrun did not render: it holds " + describe(foreign),
                        "give -o a new or empty folder, or add --force to write beside those files: files of the same"
                                + " names as iocrun's are then replaced, no other file is removed"));
            }
        }
    }

    /** Opens {@code dir} (any spelling) for a new set, or refuses it as {@link #check} does. */
    public static PlainFolder open(Path dir, Rules rules) throws UserError, IOException {
        check(dir, rules);
        Path resolved = OutputFolder.resolved(dir);
        Files.createDirectories(resolved);
        removeLeftovers(resolved);
        Manifest previous = Manifest.readFrom(resolved).orElse(Manifest.of(List.of()));
        Path staging = resolved.resolve(BUILD_PREFIX + Long.toHexString(ProcessHandle.current().pid()) + "-"
                + Long.toHexString(System.nanoTime()));
        Files.createDirectory(staging);
        return new PlainFolder(resolved, staging, previous, rules.force());
    }

    @Override
    public Path path() {
        return staging;
    }

    @Override
    public Path target() {
        return dir;
    }

    @Override
    public Path write(String relative, byte[] content) throws IOException {
        return StagedFile.write(staging, target(), relative, content);
    }

    /**
     * Moves every built file into place (one rename each), then removes the files only the previous set had. The
     * manifest lists both sets while the files move, so a run killed in between still knows every file it wrote.
     */
    @Override
    public void commit() throws IOException {
        Manifest built = Manifest.of(relativeFiles(staging));
        refuseToReplaceForeignFiles(built);
        built.union(previous).writeTo(dir, BUILD_PREFIX + "manifest");
        removeLegacyLinks();
        for (String file : built.files()) {
            Path target = dir.resolve(file);
            Files.createDirectories(target.getParent());
            Files.move(staging.resolve(file), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        for (String file : previous.files()) {
            if (!built.lists(file)) {
                removeOwnFile(dir.resolve(file));
            }
        }
        removeLegacySetFolders();
        built.writeTo(dir, BUILD_PREFIX + "manifest");
        committed = true;
        written = built.files().size();
        StagedDirectory.deleteTree(staging);
    }

    /** How many files the committed set holds. */
    public int fileCount() {
        return written;
    }

    @Override
    public void close() {
        if (!committed) {
            StagedDirectory.deleteTree(staging);
        }
    }

    /** The output may not be the config folder or above it: its files would mix with (or replace) the inputs. */
    private static void refuseInputFolders(Path given, Path resolved, List<Path> inputs) throws IOException, UserError {
        for (Path input : inputs) {
            if (Files.exists(input) && input.toRealPath().startsWith(resolved)) {
                throw new UserError(Problem.error(SourcePosition.unknown(given),
                        "refusing to write the output into " + (input.toRealPath().equals(resolved) ? "the input folder "
                                : "a folder holding the input folder ") + input,
                        "give -o a folder of its own outside the config folder, e.g. /tmp/out"));
            }
        }
    }

    /**
     * A name of the new set that a file iocrun did not write already has is refused unless forced, and so is a
     * file where the set needs a folder ({@code opi}). An older render's links are iocrun's own.
     */
    private void refuseToReplaceForeignFiles(Manifest built) throws IOException {
        if (force) {
            return;
        }
        for (String file : built.files()) {
            Path relative = Path.of(file);
            Path at = dir;
            for (int i = 0; i < relative.getNameCount(); i++) {
                at = at.resolve(relative.getName(i).toString());
                if (isLegacyLink(at)) {
                    break;
                }
                boolean last = i == relative.getNameCount() - 1;
                boolean taken = last ? Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !previous.lists(file)
                        : Files.exists(at, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS);
                if (taken) {
                    throw new ForeignFileException(at);
                }
            }
        }
    }

    /** A file a render would replace, though iocrun did not write it. */
    public static final class ForeignFileException extends IOException {

        private final Path file;

        ForeignFileException(Path file) {
            super(file + ": refusing to replace a file iocrun did not write");
            this.file = file;
        }

        /** The refusal as the user reads it: at the file, with the way out. */
        public Problem problem() {
            return Problem.error(SourcePosition.unknown(file), "refusing to replace a file iocrun did not write",
                    "move it away, or give --force to replace it");
        }
    }

    /** Removes one of iocrun's files, then the folders it leaves empty (up to the output folder). */
    private void removeOwnFile(Path file) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.deleteIfExists(file);
        for (Path parent = file.getParent(); parent != null && !parent.equals(dir) && parent.startsWith(dir);
             parent = parent.getParent()) {
            if (!isEmptyFolder(parent)) {
                break;
            }
            Files.delete(parent);
        }
    }

    /**
     * Entries that mark a folder as not iocrun's: anything but a render's leftovers and the set folders and links
     * of an older iocrun, which rendered through {@link StagedDirectory} (so its renders are recognised too).
     */
    private static List<String> foreignEntries(Path dir) throws IOException {
        List<String> foreign = new ArrayList<>();
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            if (!name.startsWith(StagedDirectory.HIDDEN_PREFIX) && !isLegacyLink(entry)) {
                foreign.add(name);
            }
        }
        return foreign.stream().sorted().toList();
    }

    /** An older render's entry link, {@code st.cmd -> .iocrun-current/st.cmd}. */
    private static boolean isLegacyLink(Path entry) throws IOException {
        return Files.isSymbolicLink(entry) && entry.getParent() != null
                && Files.readSymbolicLink(entry).equals(Path.of(StagedDirectory.CURRENT, entry.getFileName().toString()));
    }

    /**
     * An older render's entry links go before the new files move in: a link to a folder ({@code opi}) would
     * otherwise take the new files into the set folder that is removed next.
     */
    private void removeLegacyLinks() throws IOException {
        for (Path entry : entries(dir)) {
            if (isLegacyLink(entry)) {
                Files.deleteIfExists(entry);
            }
        }
    }

    /** An older render's hidden set folders, once the new set's plain files stand in their place. */
    private void removeLegacySetFolders() throws IOException {
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            if (name.startsWith(StagedDirectory.SET_PREFIX) || name.equals(StagedDirectory.CURRENT)
                    || name.startsWith(StagedDirectory.TEMP_LINK_PREFIX)) {
                StagedDirectory.deleteTree(entry);
            }
        }
    }

    /** A killed render's build folder and partial manifest. */
    private static void removeLeftovers(Path dir) throws IOException {
        for (Path entry : entries(dir)) {
            if (entry.getFileName().toString().startsWith(BUILD_PREFIX)) {
                StagedDirectory.deleteTree(entry);
            }
        }
    }

    private static List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    private static String describe(List<String> names) {
        String shown = String.join(", ", names.subList(0, Math.min(3, names.size())));
        return names.size() > 3 ? shown + " and " + (names.size() - 3) + " more" : shown;
    }

    private static List<Path> entries(Path dir) throws IOException {
        List<Path> list = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(list::add);
        }
        return list;
    }
}
