package org.iocrun.generation;

import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MissingTemplate;
import org.iocrun.substitution.MsiOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The check {@code start} makes before it expands ioc.db, for {@code validate}: every database template that a
 * generated ioc.subst names is on start's include path (the config folder, every {@code $SUPPORT/*}{@code /db} in
 * sorted order, the runtime folder with the generated pvi templates). Each missing one is reported at the instance
 * entity whose row uses it. The generated files go to a private temporary folder for the lookup, removed after.
 */
public final class DatabaseTemplates {

    private DatabaseTemplates() {
    }

    /**
     * @param configDir   the config folder (first on the include path)
     * @param support     the support tree whose {@code <module>/db} folders are searched
     * @param environment what template names written with {@code $(NAME)} expand with
     */
    public static List<Problem> missing(GeneratedFiles generated, Path configDir, Path support,
                                        Map<String, String> environment) throws UserError {
        Path runtime = null;
        try {
            runtime = Files.createTempDirectory("iocrun-validate-");
            Files.writeString(runtime.resolve("ioc.subst"), generated.iocSubst(), StandardCharsets.UTF_8);
            if (generated.opi().isPresent()) {
                for (Map.Entry<String, String> t : generated.opi().get().runtimeTemplates().entrySet()) {
                    Files.writeString(runtime.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
                }
            }
            IncludePath includes = IncludePath.forIoc(configDir.toAbsolutePath(), support.toAbsolutePath(), runtime);
            List<MissingTemplate> missing = new DbExpander(MsiOptions.defaults().withIncludePath(includes)
                    .withEnvironment(environment)).findMissingTemplates(runtime.resolve("ioc.subst"));
            List<Problem> problems = new ArrayList<>();
            for (MissingTemplate m : missing) {
                problems.add(atEntity(generated, m, runtime));
            }
            return problems;
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(runtime),
                    "cannot check the database templates in a temporary folder: " + FileProblems.reason(e)));
        } finally {
            removeQuietly(runtime);
        }
    }

    /** At the entity whose ioc.subst row names the template, as start reports it. */
    private static Problem atEntity(GeneratedFiles generated, MissingTemplate m, Path runtime) {
        IocSubstAssembler.Row row = generated.substRows().stream().filter(r -> r.file().equals(m.fileName()))
                .findFirst().orElse(null);
        SourcePosition at = row == null ? SourcePosition.unknown(Path.of("ioc.subst")) : row.position();
        return Problem.error(at, "database template '" + m.fileName() + "'"
                + (row == null ? "" : " used by " + row.origin()) + " is not on the include path",
                m.searched().replace(runtime.toString(), "the runtime folder"));
    }

    private static void removeQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder of ours left behind costs nothing but space
        }
    }
}
