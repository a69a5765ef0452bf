package org.iocrun.templating;
/** STAND-IN until the templating branch merges. */
public final class PyLiteral {
    public static Object literalEval(String text) throws TemplateError { throw new UnsupportedOperationException(); }
}
