package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.SupportModule;
import org.iocrun.yaml.YamlLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Loads a set of support files into the run's {@link EntityTypes}, reporting the problems of every file. */
public final class Definitions {

    private Definitions() {
    }

    /** One file's module, or its problems. */
    private record Outcome(Optional<SupportModule> module, List<Problem> problems) {
    }

    /**
     * Reads the files in parallel (each is independent, and reading a Generic IOC's thirty-odd files is the bulk
     * of a cold start), keeping their order for the types and for the problems reported.
     */
    public static EntityTypes load(YamlLoader yaml, List<Path> supportFiles) throws UserError {
        SupportReader reader = new SupportReader(yaml);
        List<Outcome> outcomes = supportFiles.parallelStream().map(file -> read(reader, file)).toList();
        List<SupportModule> modules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            outcome.module().ifPresent(modules::add);
            problems.addAll(outcome.problems());
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        return EntityTypes.of(modules);
    }

    private static Outcome read(SupportReader reader, Path file) {
        try {
            return new Outcome(Optional.of(reader.read(file)), List.of());
        } catch (UserError e) {
            return new Outcome(Optional.empty(), e.problems());
        }
    }
}
