package org.iocrun.launch.folders;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The list of files iocrun wrote into a developer's output folder, kept in the folder itself: what marks the
 * folder as iocrun's, and the only files a later render may replace or remove.
 *
 * @param files relative paths with '/' separators, sorted
 */
public record Manifest(SortedSet<String> files) {

    static final String FILE_NAME = ".iocrun-manifest";

    private static final String HEADER = "# written by iocrun: the files below are iocrun's; a later render"
            + " replaces or removes these and no others";

    public Manifest {
        files = new TreeSet<>(files);
    }

    static Manifest of(Collection<String> files) {
        return new Manifest(new TreeSet<>(files));
    }

    /** The manifest of {@code dir}, or empty when iocrun has not rendered there. */
    static Optional<Manifest> readFrom(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#") && isInside(line)) {
                names.add(line);
            }
        }
        return Optional.of(of(names));
    }

    /** Replaces the folder's manifest in one rename, so a killed run leaves the old list or the new one. */
    void writeTo(Path dir, String partialName) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        files.forEach(f -> text.append(f).append('\n'));
        Path partial = dir.resolve(partialName);
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        Files.move(partial, dir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    Manifest union(Manifest other) {
        SortedSet<String> all = new TreeSet<>(files);
        all.addAll(other.files);
        return new Manifest(all);
    }

    boolean lists(String file) {
        return files.contains(file);
    }

    /** A hand-edited manifest cannot make iocrun touch a file outside the folder. */
    private static boolean isInside(String name) {
        Path p = Path.of(name);
        return !p.isAbsolute() && !p.normalize().startsWith("..") && !p.normalize().toString().isEmpty();
    }
}
