package org.iocrun.diagnostics;

/**
 * One thing wrong (or worth a warning) in the user's input, as a value: where, what, and what was expected.
 *
 * @param position where the problem is; never null
 * @param message  what is wrong, one sentence, no position in it
 * @param hint     what was expected or how to fix it (may be empty)
 */
public record Problem(Severity severity, SourcePosition position, String message, String hint) {

    /** The order a user reads problems in: by file, then position (a stable sort keeps equal places in turn). */
    public static final java.util.Comparator<Problem> READING_ORDER =
            java.util.Comparator.comparing(Problem::position, SourcePosition.READING_ORDER);

    public enum Severity { ERROR, WARNING }

    public static Problem error(SourcePosition position, String message) {
        return new Problem(Severity.ERROR, position, message, "");
    }

    public static Problem error(SourcePosition position, String message, String hint) {
        return new Problem(Severity.ERROR, position, message, hint == null ? "" : hint);
    }

    public static Problem warning(SourcePosition position, String message) {
        return new Problem(Severity.WARNING, position, message, "");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:column: message} plus the hint on the same line, the form every caller prints. */
    public String headline() {
        String prefix = severity == Severity.WARNING ? "warning: " : "";
        return position + ": " + prefix + message + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
