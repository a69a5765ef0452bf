package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;

import java.util.List;

/** A start step that failed: which step, and the problems (with positions where they have them). */
public final class StartFailure extends Exception {

    private final String step;
    private final List<Problem> problems;

    public StartFailure(String step, List<Problem> problems) {
        super(step + " failed", null, false, false);
        this.step = step;
        this.problems = List.copyOf(problems);
    }

    public String step() {
        return step;
    }

    public List<Problem> problems() {
        return problems;
    }
}
