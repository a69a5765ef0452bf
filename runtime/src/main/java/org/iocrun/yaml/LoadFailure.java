package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;

/**
 * Carries a problem out of code that cannot throw checked exceptions (the engine calls back into our
 * parser decorator) or out of deep recursion; {@link YamlLoader} turns it into a {@link UserError}.
 */
final class LoadFailure extends RuntimeException {

    private final transient Problem problem;

    LoadFailure(Problem problem) {
        super(problem.headline(), null, false, false);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }

    UserError toUserError() {
        return new UserError(problem);
    }
}
