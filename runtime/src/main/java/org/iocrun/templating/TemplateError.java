package org.iocrun.templating;
/** STAND-IN until the templating branch merges. */
public final class TemplateError extends Exception {
    public enum Kind { UNDEFINED, SYNTAX, TYPE, VALUE, COUNTER, ARITHMETIC }
    public TemplateError(Kind kind, String message, String template) { super(message); }
    public Kind kind() { return Kind.VALUE; }
    public String jinjaMessage() { return getMessage(); }
    public String template() { return ""; }
}
