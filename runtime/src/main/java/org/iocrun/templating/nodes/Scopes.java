package org.iocrun.templating.nodes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a piece of template sees: its own frame's map, then the frames enclosing it, down to the render's
 * root names. Immutable links over mutable maps, so a macro or call block keeps the chain it was defined in (as
 * Jinja's compiled macros are Python closures over the enclosing function's variables) and still sees later
 * assignments to those frames.
 */
record Scopes(Map<String, Object> names, Scopes outer) {

    private static final Object ABSENT = new Object();
    /** The value of a name its frame starts without ({@link UnboundNames}): reads of it are undefined. */
    static final Object UNBOUND = new Object();

    /** The chain of the given maps, the last one innermost. */
    static Scopes of(List<Map<String, Object>> maps) {
        Scopes chain = null;
        for (Map<String, Object> map : maps) {
            chain = new Scopes(map, chain);
        }
        return chain;
    }

    /** A new, empty frame inside this one. */
    Scopes inner() {
        return inner(new HashMap<>());
    }

    Scopes inner(Map<String, Object> frame) {
        return new Scopes(frame, this);
    }

    /** The value of the innermost binding of {@code name}, or {@link #absent()} when no frame binds it. */
    Object find(String name) {
        for (Scopes s = this; s != null; s = s.outer) {
            Object value = s.names.getOrDefault(name, ABSENT);
            if (value != ABSENT) {
                return value;
            }
        }
        return ABSENT;
    }

    static boolean isAbsent(Object value) {
        return value == ABSENT;
    }
}
