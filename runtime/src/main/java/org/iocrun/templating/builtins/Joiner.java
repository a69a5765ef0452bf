package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.PyCallable;

/** Jinja's {@code joiner(sep)}: returns {@code ""} on the first call and the separator afterwards. */
final class Joiner implements PyCallable {

    private final String separator;
    private boolean used;

    Joiner(String separator) {
        this.separator = separator;
    }

    @Override
    public Object call(Args args, CallContext context) {
        if (!used) {
            used = true;
            return "";
        }
        return separator;
    }

    @Override
    public String typeName() {
        return "Joiner";
    }
}
