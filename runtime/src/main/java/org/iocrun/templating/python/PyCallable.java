package org.iocrun.templating.python;

/** Something templates can call: a bound method, a global function, a macro, {@code loop}, a joiner. */
public interface PyCallable {

    Object call(Args args, CallContext context);

    /** The Python type name used in error messages, such as {@code builtin_function_or_method}. */
    default String typeName() {
        return "builtin_function_or_method";
    }
}
