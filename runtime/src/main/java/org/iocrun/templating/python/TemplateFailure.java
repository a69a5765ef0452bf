package org.iocrun.templating.python;

/**
 * A failure while rendering, raised deep inside value operations where no checked exception can pass (Pebble's
 * node interfaces declare none). The engine turns it into a {@link TemplateError} at the render boundary.
 */
public final class TemplateFailure extends RuntimeException {

    private final TemplateError.Kind kind;
    private final int line;

    public TemplateFailure(TemplateError.Kind kind, String message) {
        this(kind, message, 0);
    }

    private TemplateFailure(TemplateError.Kind kind, String message, int line) {
        super(message, null, false, false);
        this.kind = kind;
        this.line = line;
    }

    public static TemplateFailure type(String message) {
        return new TemplateFailure(TemplateError.Kind.TYPE, message);
    }

    public static TemplateFailure value(String message) {
        return new TemplateFailure(TemplateError.Kind.VALUE, message);
    }

    public static TemplateFailure arithmetic(String message) {
        return new TemplateFailure(TemplateError.Kind.ARITHMETIC, message);
    }

    public static TemplateFailure undefined(String message) {
        return new TemplateFailure(TemplateError.Kind.UNDEFINED, message);
    }

    public static TemplateFailure lookup(String message) {
        return new TemplateFailure(TemplateError.Kind.LOOKUP, message);
    }

    public static TemplateFailure runtime(String message) {
        return new TemplateFailure(TemplateError.Kind.RUNTIME, message);
    }

    public TemplateError.Kind kind() {
        return kind;
    }

    public int line() {
        return line;
    }

    /** This failure located at a template line, unless it already knows a more precise one. */
    public TemplateFailure atLine(int templateLine) {
        return line > 0 || templateLine <= 0 ? this : new TemplateFailure(kind, getMessage(), templateLine);
    }

    public TemplateError toError(String template) {
        return new TemplateError(kind, getMessage(), template, line);
    }
}
