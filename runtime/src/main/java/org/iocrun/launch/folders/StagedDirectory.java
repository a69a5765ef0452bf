package org.iocrun.launch.folders;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A new content set for a directory, built in full in a hidden folder inside it and switched in by
 * {@link #commit()} with a single rename, so that at every instant, even if the process is killed, the directory
 * shows either the complete previous set or the complete new set.
 *
 * <p>The directory itself is never replaced (in a container it is a mount point), so the switch goes through one
 * level of indirection, all of it relative and inside the directory:
 * <pre>
 *   st.cmd           -> .iocrun-current/st.cmd     one symlink per top-level entry of any set
 *   .iocrun-current  -> .iocrun-set-1a2b3c4d       the only thing commit switches (rename over it)
 *   .iocrun-set-1a2b3c4d/st.cmd ...                the complete set, written before the switch
 * </pre>
 * A name that only the new set has is linked before the switch and dangles (does not resolve, so it is not a
 * visible file) until then; a name only the old set had dangles after it until removed. Plain entries found in
 * the directory (an older layout, files someone else wrote) are first folded into the current set without ever
 * changing what they resolve to. Leftovers of a killed run are removed by the next {@link #open}.
 *
 * <p>The guarantee is per directory and for what each path resolves to; a reader that opens several files while a
 * switch happens can still see one old and one new file (the IOC reads the runtime folder only after start ends).
 * Nothing is fsynced: the guarantee covers a killed process, not a power cut.
 */
public final class StagedDirectory implements OutputFolder {

    static final String HIDDEN_PREFIX = ".iocrun-";
    static final String CURRENT = HIDDEN_PREFIX + "current";
    static final String SET_PREFIX = HIDDEN_PREFIX + "set-";
    static final String TEMP_LINK_PREFIX = HIDDEN_PREFIX + "link-";

    private final Path dir;
    private final Path staging;
    private boolean committed;

    private StagedDirectory(Path dir, Path staging) {
        this.dir = dir;
        this.staging = staging;
    }

    public static StagedDirectory open(Path dir) throws IOException {
        // one spelling of the folder: the staging path is compared with the paths written into it
        dir = OutputFolder.resolved(dir);
        Files.createDirectories(dir);
        removeLeftovers(dir);
        Path staging = dir.resolve(SET_PREFIX + newId());
        Files.createDirectory(staging);
        return new StagedDirectory(dir, staging);
    }

    /** The staging folder: the future contents of the directory. */
    @Override
    public Path path() {
        return staging;
    }

    /** The directory that will receive the contents. */
    @Override
    public Path target() {
        return dir;
    }

    @Override
    public Path write(String relative, byte[] content) throws IOException {
        return StagedFile.write(staging, target(), relative, content);
    }

    @Override
    public void commit() throws IOException {
        foldPlainEntriesIntoCurrentSet();
        Set<String> newNames = names(staging);
        for (String name : newNames) {
            if (!isSetLink(dir.resolve(name))) {
                replaceWithLink(dir.resolve(name), Path.of(CURRENT, name));
            }
        }
        Path previous = currentSet();
        replaceWithLink(dir.resolve(CURRENT), staging.getFileName());
        committed = true;
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            if (!name.startsWith(HIDDEN_PREFIX) && !newNames.contains(name)) {
                Files.deleteIfExists(entry);
            }
        }
        if (previous != null) {
            deleteTree(previous);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    /**
     * Gives every plain entry of the directory (not one of our links) a copy in the current set and replaces it
     * by a link to that copy; what the name resolves to stays the same throughout.
     */
    private void foldPlainEntriesIntoCurrentSet() throws IOException {
        List<Path> plain = new ArrayList<>();
        for (Path entry : entries(dir)) {
            if (!entry.getFileName().toString().startsWith(HIDDEN_PREFIX) && !isSetLink(entry)) {
                plain.add(entry);
            }
        }
        if (plain.isEmpty()) {
            return;
        }
        Path current = currentSet();
        if (current == null) {
            current = dir.resolve(SET_PREFIX + newId());
            Files.createDirectory(current);
            replaceWithLink(dir.resolve(CURRENT), current.getFileName());
        }
        for (Path entry : plain) {
            Path copy = current.resolve(entry.getFileName());
            deleteTree(copy);
            copyTree(entry, copy);
            replaceWithLink(entry, Path.of(CURRENT, entry.getFileName().toString()));
        }
    }

    /** The set folder {@code .iocrun-current} points to, or null when there is none yet. */
    private Path currentSet() throws IOException {
        Path link = dir.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return null;
        }
        Path target = dir.resolve(Files.readSymbolicLink(link)).normalize();
        return target.getParent().equals(dir) && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : null;
    }

    /** Atomically makes {@code at} a symlink to {@code target}, replacing whatever file or link was there. */
    private void replaceWithLink(Path at, Path target) throws IOException {
        Path temp = dir.resolve(TEMP_LINK_PREFIX + newId());
        Files.createSymbolicLink(temp, target);
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
            // rename cannot put a link over a folder: the folder's content already lives on in the current set
            Path aside = dir.resolve(TEMP_LINK_PREFIX + newId());
            Files.move(at, aside, StandardCopyOption.ATOMIC_MOVE);
            Files.move(temp, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            deleteTree(aside);
            return;
        }
        Files.move(temp, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private boolean isSetLink(Path entry) throws IOException {
        return Files.isSymbolicLink(entry)
                && Files.readSymbolicLink(entry).equals(Path.of(CURRENT, entry.getFileName().toString()));
    }

    /**
     * What a killed run can leave: set folders nothing points to, temporary links, and entry links that no longer
     * resolve (linked for a set that never became current, or not yet removed after a switch).
     */
    private static void removeLeftovers(Path dir) throws IOException {
        Path link = dir.resolve(CURRENT);
        Path current = Files.isSymbolicLink(link) ? dir.resolve(Files.readSymbolicLink(link)).normalize() : null;
        for (Path entry : entries(dir)) {
            String name = entry.getFileName().toString();
            boolean orphanSet = name.startsWith(SET_PREFIX) && !entry.equals(current);
            boolean dangling = Files.isSymbolicLink(entry) && !Files.exists(entry) && !name.equals(CURRENT);
            if (orphanSet || name.startsWith(TEMP_LINK_PREFIX) || name.startsWith(HIDDEN_PREFIX + "staging-")
                    || name.startsWith(HIDDEN_PREFIX + "old-") || dangling) {
                deleteTree(entry);
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static Set<String> names(Path dir) throws IOException {
        Set<String> names = new HashSet<>();
        for (Path entry : entries(dir)) {
            names.add(entry.getFileName().toString());
        }
        return names;
    }

    private static List<Path> entries(Path dir) throws IOException {
        List<Path> list = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            stream.forEach(list::add);
        }
        return list;
    }

    /**
     * Unique among concurrent runs (the pid) and within one (the clock). Not a random UUID: seeding SecureRandom
     * cost ~12 ms of a cold start, and a clash would only make the create fail, never share a folder.
     */
    private static String newId() {
        return Long.toHexString(ProcessHandle.current().pid()) + "-" + Long.toHexString(System.nanoTime());
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(root)) {
            try {
                Files.deleteIfExists(root);
            } catch (IOException ignored) {
                // removed by the next run
            }
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
