package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds support definition and instance files the way ibek's {@code generate2} does (ibek-behaviour §6 CLI and file
 * discovery): support files {@code **}{@code /*ibek.support.yaml} under {@code $EPICS_ROOT/ibek-defs} and under the
 * config folder (recursive, following symlinks), instance files {@code ioc.yaml} then {@code runtime.yaml} of the
 * config folder. ibek lists in filesystem order; we sort by path so every machine loads the same order.
 */
public final class DefinitionFiles {

    private static final String SUPPORT_SUFFIX = "ibek.support.yaml";

    private DefinitionFiles() {
    }

    /** Every {@code *ibek.support.yaml} below {@code dir}, sorted; empty when the folder does not exist. */
    public static List<Path> supportFilesUnder(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(SUPPORT_SUFFIX))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /**
     * The support files named on a command line, in the order given: a file as itself, a folder as every
     * {@code *ibek.support.yaml} below it (recursive, sorted by path, as ibek-defs is searched). A file named twice
     * (directly or through two folders) is loaded once, at its first place.
     */
    public static List<Path> givenDefinitions(List<Path> given) throws UserError {
        java.util.Map<Path, Path> unique = new java.util.LinkedHashMap<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                List<Path> found = supportFilesUnder(p);
                if (found.isEmpty()) {
                    throw new UserError(Problem.error(SourcePosition.unknown(p),
                            "no support definitions (*.ibek.support.yaml) in this folder or below it"));
                }
                found.forEach(f -> unique.putIfAbsent(f.toAbsolutePath().normalize(), f));
            } else if (Files.isRegularFile(p)) {
                unique.putIfAbsent(p.toAbsolutePath().normalize(), p);
            } else {
                throw new UserError(Problem.error(SourcePosition.unknown(p), "no such support definition file or folder"));
            }
        }
        return List.copyOf(unique.values());
    }

    /** The default definitions of a config folder: the image's ibek-defs, then the instance's own. */
    public static List<Path> defaultDefinitions(Path epicsRoot, Path configDir) {
        List<Path> files = new ArrayList<>(supportFilesUnder(epicsRoot.resolve("ibek-defs")));
        if (configDir != null) {
            files.addAll(supportFilesUnder(configDir));
        }
        return files;
    }

    /** The instance files of a config folder, in ibek's order: ioc.yaml, then runtime.yaml, each if present. */
    public static List<Path> instanceFilesIn(Path configDir) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("ioc.yaml", "runtime.yaml")) {
            Path file = configDir.resolve(name);
            if (Files.isRegularFile(file)) {
                files.add(file);
            }
        }
        return files;
    }
}
