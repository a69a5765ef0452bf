package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.Problems;

import java.util.Optional;

/**
 * A generation failure, as one problem at its position: in phase 1 an entity's (at the value or define that
 * failed), in phase 2 st.cmd's or ioc.subst's. Without a problem of its own it is the echo of an earlier failure
 * (a reference to an entity that failed), which is not reported again.
 */
final class GenerationFailure extends Exception {

    private final Optional<Problem> problem;

    GenerationFailure(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = Optional.of(problem);
    }

    private GenerationFailure(String reference) {
        super("reference to the failed entity " + reference, null, false, false);
        this.problem = Optional.empty();
    }

    /** A reference to the entity {@code reference}, which failed and was reported when it did. */
    static GenerationFailure echoOf(String reference) {
        return new GenerationFailure(reference);
    }

    /** Adds this failure's problem, if it has one of its own. */
    void reportTo(Problems problems) {
        problem.ifPresent(problems::add);
    }
}
