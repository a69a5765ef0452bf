package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Jinja's {@code make_attrgetter}: reads {@code attribute} (dotted path, integer parts as indices) from an item with
 * item-then-attribute lookup, optionally substituting a default for undefined values and post-processing.
 */
final class AttrGetter {

    private final List<Object> parts;
    private final UnaryOperator<Object> postprocess;
    private final Object dflt;

    private AttrGetter(List<Object> parts, UnaryOperator<Object> postprocess, Object dflt) {
        this.parts = parts;
        this.postprocess = postprocess;
        this.dflt = dflt;
    }

    static AttrGetter of(Object attribute, UnaryOperator<Object> postprocess, Object dflt) {
        return new AttrGetter(parts(attribute), postprocess, dflt);
    }

    /** Jinja's {@code make_multi_attrgetter}: comma-separated attributes give a list of values. */
    static UnaryOperator<Object> multi(Object attribute, UnaryOperator<Object> postprocess) {
        List<AttrGetter> getters = new ArrayList<>();
        if (attribute instanceof String s) {
            for (String part : s.split(",", -1)) {
                getters.add(of(part, postprocess, null));
            }
        } else {
            getters.add(of(attribute, postprocess, null));
        }
        return item -> {
            List<Object> values = new ArrayList<>(getters.size());
            for (AttrGetter g : getters) {
                values.add(g.apply(item));
            }
            return values;
        };
    }

    Object apply(Object item) {
        Object value = item;
        for (Object part : parts) {
            value = Attributes.getitem(value, part);
            if (dflt != null && value instanceof Undefined) {
                value = dflt;
            }
        }
        return postprocess == null ? value : postprocess.apply(value);
    }

    private static List<Object> parts(Object attribute) {
        List<Object> parts = new ArrayList<>();
        if (attribute == null) {
            return parts;
        }
        if (attribute instanceof String s) {
            for (String p : s.split("\\.", -1)) {
                parts.add(!p.isEmpty() && p.chars().allMatch(Character::isDigit) ? (Object) Long.parseLong(p) : p);
            }
        } else if (PyNumbers.isIntOrBool(attribute)) {
            parts.add(attribute);
        } else {
            parts.add(PyText.str(attribute));
        }
        return parts;
    }

    /** Jinja's {@code ignore_case}: lower-cases strings, leaves anything else. */
    static Object ignoreCase(Object value) {
        return value instanceof String s ? s.toLowerCase(java.util.Locale.ROOT) : value;
    }
}
