package org.iocrun.templating.python;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Key lookup in dicts with Python's key equality: {@code 1}, {@code 1.0} and {@code True} are the same key, which
 * Java's {@code equals} does not know.
 */
public final class PyDicts {

    /** Returned by {@link #get} for an absent key (null is Python's None, a valid value). */
    public static final Object ABSENT = new Object();

    private PyDicts() {
    }

    public static boolean containsKey(Map<?, ?> map, Object key) {
        return lookupKey(map, key) != ABSENT;
    }

    /** The value for {@code key}, or {@link #ABSENT}. */
    public static Object get(Map<?, ?> map, Object key) {
        Object actual = lookupKey(map, key);
        return actual == ABSENT ? ABSENT : map.get(actual);
    }

    /** The key object stored in the map that equals {@code key} in Python's sense, or {@link #ABSENT}. */
    public static Object lookupKey(Map<?, ?> map, Object key) {
        if (key instanceof Undefined u) {
            throw u.failure();
        }
        if (key instanceof java.util.List<?> || key instanceof Map<?, ?>) {
            throw TemplateFailure.type("unhashable type: '" + PyTypes.typeName(key) + "'");
        }
        if (map.containsKey(key)) {
            return key;
        }
        if (PyNumbers.isNumber(key)) {
            for (Object k : map.keySet()) {
                if (PyNumbers.isNumber(k) && PyCompare.eq(k, key)) {
                    return k;
                }
            }
        }
        return ABSENT;
    }

    /** Stores {@code value} under {@code key}, replacing a Python-equal key's value in place. */
    @SuppressWarnings("unchecked")
    public static void put(Map<?, ?> map, Object key, Object value) {
        Object actual = lookupKey(map, key);
        ((Map<Object, Object>) map).put(actual == ABSENT ? key : actual, value);
    }

    /** {@code dict.update(other)}: a mapping, or an iterable of key/value pairs. */
    public static void update(Map<Object, Object> map, Object other) {
        if (other instanceof Map<?, ?> m) {
            m.forEach((k, v) -> PyDicts.put(map, k, v));
            return;
        }
        Iterator<Object> items = PyProtocols.iterator(other);
        int index = 0;
        while (items.hasNext()) {
            Object item = items.next();
            List<Object> pair;
            try {
                pair = PyProtocols.elements(item);
            } catch (TemplateFailure e) {
                throw TemplateFailure.type("cannot convert dictionary update sequence element #" + index + " to a sequence");
            }
            if (pair.size() != 2) {
                throw TemplateFailure.value("dictionary update sequence element #" + index + " has length "
                        + pair.size() + "; 2 is required");
            }
            PyDicts.put(map, pair.get(0), pair.get(1));
            index++;
        }
    }
}
