package org.iocrun.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's samples/ folder (system property iocrun.samples, set by the build). */
public final class Samples {

    private Samples() {
    }

    public static Path root() {
        Path root = Path.of(System.getProperty("iocrun.samples", "../samples")).toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the samples folder is missing at " + root);
        }
        return root;
    }

    public static Path supportModule(String module) {
        return root().resolve("support").resolve(module);
    }

    public static Path instanceConfig(String instance) {
        return root().resolve("instances").resolve(instance).resolve("config");
    }
}
