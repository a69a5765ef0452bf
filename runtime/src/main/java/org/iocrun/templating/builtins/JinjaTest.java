package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.CallContext;

/** A Jinja test ({@code value is name(args)}). */
@FunctionalInterface
public interface JinjaTest {

    boolean test(Object value, Args args, CallContext context);
}
