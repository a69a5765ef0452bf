package org.iocrun.diagnostics;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one load or run, so a user sees all of them at once instead of one per attempt.
 * Not shared between runs.
 */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void error(SourcePosition position, String message) {
        add(Problem.error(position, message));
    }

    public void error(SourcePosition position, String message, String hint) {
        add(Problem.error(position, message, hint));
    }

    public void warning(SourcePosition position, String message) {
        add(Problem.warning(position, message));
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    public List<Problem> all() {
        return List.copyOf(list);
    }

    public List<Problem> warnings() {
        return list.stream().filter(p -> !p.isError()).toList();
    }

    /** Throws every problem collected so far when any of them is an error. */
    public void throwIfErrors() throws UserError {
        if (hasErrors()) {
            throw new UserError(list.stream().filter(Problem::isError).toList());
        }
    }
}
