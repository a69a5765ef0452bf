package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A parsed substitution file.
 *
 * @param steps    what to do, in msi's order; a {@link SubstitutionStep.Failure} can only be last
 * @param warnings things msi warns about while reading (extra pattern values, undefined environment macros)
 */
record SubstitutionFile(Path path, List<SubstitutionStep> steps, List<Problem> warnings) {
    SubstitutionFile {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }
}
