package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.SupportModule;

import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;

/** Loads a set of support files into the run's {@link EntityTypes}, reporting the problems of every file. */
public final class Definitions {

    private Definitions() {
    }

    public static EntityTypes load(YamlLoader yaml, List<Path> supportFiles) throws UserError {
        SupportReader reader = new SupportReader(yaml);
        List<SupportModule> modules = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : supportFiles) {
            try {
                modules.add(reader.read(file));
            } catch (UserError e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        return EntityTypes.of(modules);
    }
}
