package org.iocrun.templating.python;

/**
 * What a call may need from the render that makes it (macros and recursive loops render template bodies). Value
 * methods ignore it.
 */
public interface CallContext {
}
