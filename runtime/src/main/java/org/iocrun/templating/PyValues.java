package org.iocrun.templating;

import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateFailure;

/** Python's {@code str()}, {@code repr()} and truth value of template values, for code outside templates. */
public final class PyValues {

    private PyValues() {
    }

    /**
     * Python's {@code str(v)}: {@code True}, {@code None}, {@code 10.0}, {@code 1e-05}, {@code ['a', 'b']}, an
     * entity's id. An entity without an id is an {@link IllegalStateException} carrying the template error message.
     */
    public static String str(Object v) {
        try {
            return PyText.str(v);
        } catch (TemplateFailure f) {
            throw new IllegalStateException(f.getMessage(), f);
        }
    }

    public static String repr(Object v) {
        try {
            return PyText.repr(v);
        } catch (TemplateFailure f) {
            throw new IllegalStateException(f.getMessage(), f);
        }
    }

    public static boolean truthy(Object v) {
        try {
            return PyProtocols.truthy(v);
        } catch (TemplateFailure f) {
            throw new IllegalStateException(f.getMessage(), f);
        }
    }
}
