package org.iocrun.templating.python;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;

/**
 * A template failure, reported the way ibek reports it: the kind of Python/Jinja exception, Jinja's own message
 * (which the conformance vectors match on) and the template text that failed.
 */
public final class TemplateError extends Exception {

    /** Which Jinja/Python exception the failure corresponds to. */
    public enum Kind {
        /** {@code jinja2.UndefinedError}: an undefined name, attribute, key or index was used. */
        UNDEFINED,
        /** {@code TemplateSyntaxError}, or an unknown filter/test reached at render time. */
        SYNTAX,
        /** {@code TypeError}. */
        TYPE,
        /** {@code ValueError} not raised by {@code _global}. */
        VALUE,
        /** {@code ValueError} raised by {@code _global.incrementor}. */
        COUNTER,
        /** {@code ZeroDivisionError} or {@code OverflowError}. */
        ARITHMETIC,
        /** {@code IndexError} or {@code KeyError} from a method such as {@code list.pop()} or {@code dict.pop()}. */
        LOOKUP,
        /** Any other {@code TemplateRuntimeError} (recursion too deep, no loader, bad filter argument). */
        RUNTIME
    }

    private final Kind kind;
    private final String jinjaMessage;
    private final String template;
    private final int line;

    /**
     * @param line the 1-based line of the template the failure is on, 0 when unknown
     */
    public TemplateError(Kind kind, String jinjaMessage, String template, int line) {
        super(ibekMessage(jinjaMessage, template), null, false, false);
        this.kind = kind;
        this.jinjaMessage = jinjaMessage;
        this.template = template;
        this.line = line;
    }

    public Kind kind() {
        return kind;
    }

    /** The message Jinja/Python gives for this failure, without the template text. */
    public String jinjaMessage() {
        return jinjaMessage;
    }

    /** The template source that failed, exactly as given. */
    public String template() {
        return template;
    }

    /** The 1-based line in the template the failure is on, 0 when unknown. */
    public int line() {
        return line;
    }

    /**
     * The failure as a user-facing problem at a support-YAML position: names the entity being rendered, what
     * went wrong and the template text, so a support-module author can find and fix the template.
     *
     * @param where  the position of the template's value in its support YAML
     * @param entity a description of the entity being rendered, such as {@code "motorSim.simMotorAxis 'M1'"}
     */
    public Problem toProblem(SourcePosition where, String entity) {
        String lineNote = line > 0 && template.indexOf('\n') >= 0 ? " (template line " + line + ")" : "";
        return Problem.error(where,
                "error rendering template for " + entity + ": " + jinjaMessage + lineNote,
                "template: " + template);
    }

    /** ibek's wording: {@code Error rendering template:\n{template}\nError: {message}}. */
    private static String ibekMessage(String message, String template) {
        return "Error rendering template:\n" + template + "\nError: " + message;
    }
}
