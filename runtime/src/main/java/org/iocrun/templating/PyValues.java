package org.iocrun.templating;
/** STAND-IN until the templating branch merges. */
public final class PyValues {
    public static String str(Object v) { return String.valueOf(v); }
    public static String repr(Object v) { return String.valueOf(v); }
    public static boolean truthy(Object v) { return v != null; }
}
