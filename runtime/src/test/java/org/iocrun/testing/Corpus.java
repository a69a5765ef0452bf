package org.iocrun.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Locates the shared conformance corpus beside the checkout (system property iocrun.shared, set by the build). */
public final class Corpus {

    private Corpus() {
    }

    public static Path root() {
        String shared = System.getProperty("iocrun.shared", "../shared");
        Path root = Path.of(shared, "corpus").toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpus is missing at " + root + " (expected ../shared beside the checkout)");
        }
        return root;
    }

    public static Path path(String first, String... more) {
        return root().resolve(Path.of(first, more));
    }

    /** Every file under {@code dir} whose name ends with {@code suffix}, sorted. */
    public static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
