package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.CallContext;

/** A Jinja filter: receives the input value (possibly undefined) and the call's arguments. */
@FunctionalInterface
public interface JinjaFilter {

    Object apply(Object value, Args args, CallContext context);
}
