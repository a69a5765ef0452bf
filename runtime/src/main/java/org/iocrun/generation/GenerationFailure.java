package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;

/** A phase-2 failure (st.cmd or ioc.subst cannot be produced): one problem with its position. */
final class GenerationFailure extends Exception {

    final Problem problem;

    GenerationFailure(Problem problem) {
        super(problem.message(), null, false, false);
        this.problem = problem;
    }
}
