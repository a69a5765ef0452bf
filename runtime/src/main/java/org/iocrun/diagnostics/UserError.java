package org.iocrun.diagnostics;

import java.util.List;

/**
 * Thrown when the user's input is wrong: carries every problem found, each with its position. The CLI
 * prints them without a stack trace and exits 1.
 */
public final class UserError extends Exception {

    private final List<Problem> problems;

    public UserError(List<Problem> problems) {
        super(summary(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public UserError(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "invalid input";
        }
        StringBuilder text = new StringBuilder();
        for (Problem p : problems) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(p.headline());
        }
        return text.toString();
    }
}
