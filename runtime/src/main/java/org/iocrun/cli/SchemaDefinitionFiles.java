package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The support files {@code ioc generate-schema} loads, as ibek picks them (ibek-behaviour §6 CLI and file discovery):
 * the given ones, then (unless {@code --no-ibek-defs}) the {@code *ibek.support.yaml} directly in ibek-defs (not
 * recursive; sorted here, where ibek takes filesystem order). A file named twice is loaded once.
 */
final class SchemaDefinitionFiles {

    private static final String SUFFIX = "ibek.support.yaml";

    private SchemaDefinitionFiles() {
    }

    static List<Path> resolve(List<Path> given, boolean withIbekDefs, Path ibekDefs) throws UserError {
        List<Path> files = new ArrayList<>(given);
        if (withIbekDefs) {
            files.addAll(supportFilesIn(ibekDefs));
        }
        if (files.isEmpty()) {
            throw new UserError(withIbekDefs
                    ? Problem.error(SourcePosition.unknown(ibekDefs), "no definitions given and none found in " + ibekDefs,
                            "give support definition files (*.ibek.support.yaml), or set EPICS_ROOT")
                    : Problem.error(SourcePosition.unknown(Path.of("ioc generate-schema")), "one or more definitions are required with --no-ibek-defs",
                            "give support definition files (*.ibek.support.yaml)"));
        }
        Map<Path, Path> unique = new LinkedHashMap<>();
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new UserError(Problem.error(SourcePosition.unknown(file), "no such support definition file"));
            }
            unique.putIfAbsent(realPath(file), file);
        }
        return List.copyOf(unique.values());
    }

    private static List<Path> supportFilesIn(Path dir) throws UserError {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(dir), "cannot list the folder: " + e));
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
