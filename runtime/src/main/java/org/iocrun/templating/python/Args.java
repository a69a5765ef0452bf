package org.iocrun.templating.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The arguments of one call: positional values and keyword values in call order. */
public final class Args {

    /** Marks a parameter without default in {@link #bind}. */
    public static final Object REQUIRED = new Object();

    public static final Args NONE = new Args(List.of(), Map.of());

    private final List<Object> positional;
    private final Map<String, Object> keywords;

    public Args(List<Object> positional, Map<String, Object> keywords) {
        this.positional = positional;
        this.keywords = keywords;
    }

    public static Args of(Object... positional) {
        List<Object> values = new ArrayList<>(positional.length);
        Collections.addAll(values, positional);
        return new Args(values, Map.of());
    }

    public List<Object> positional() {
        return positional;
    }

    public Map<String, Object> keywords() {
        return keywords;
    }

    public int size() {
        return positional.size();
    }

    public Object get(int index) {
        return positional.get(index);
    }

    public boolean hasKeywords() {
        return !keywords.isEmpty();
    }
    /** These arguments without the first {@code n} positional ones. */
    public Args dropFirst(int n) {
        return new Args(positional.subList(Math.min(n, positional.size()), positional.size()), keywords);
    }

    /**
     * Binds to a Python signature {@code function(names...)}: positional values first, then keywords by name,
     * then defaults ({@link #REQUIRED} where there is none). Fails with Python's TypeError wording.
     */
    public Object[] bind(String function, String[] names, Object[] defaults) {
        if (positional.size() > names.length) {
            throw TemplateFailure.type(function + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + (positional.size() + keywords.size()) + " given)");
        }
        Object[] values = new Object[names.length];
        boolean[] given = new boolean[names.length];
        for (int i = 0; i < positional.size(); i++) {
            values[i] = positional.get(i);
            given[i] = true;
        }
        for (Map.Entry<String, Object> kw : keywords.entrySet()) {
            int index = indexOf(names, kw.getKey());
            if (index < 0) {
                throw TemplateFailure.type(function + "() got an unexpected keyword argument '" + kw.getKey() + "'");
            }
            if (given[index]) {
                throw TemplateFailure.type(function + "() got multiple values for argument '" + kw.getKey() + "'");
            }
            values[index] = kw.getValue();
            given[index] = true;
        }
        for (int i = 0; i < names.length; i++) {
            if (!given[i]) {
                if (defaults[i] == REQUIRED) {
                    throw TemplateFailure.type(function + "() missing required argument: '" + names[i] + "'");
                }
                values[i] = defaults[i];
            }
        }
        return values;
    }

    /** Checks a positional-only signature with {@code min..max} arguments, as Python's built-in methods have. */
    public void expectPositional(String function, int min, int max) {
        if (!keywords.isEmpty()) {
            throw TemplateFailure.type(function + "() takes no keyword arguments");
        }
        int n = positional.size();
        if (n > max) {
            throw TemplateFailure.type(function + "() takes at most " + count(max) + " (" + n + " given)");
        }
        if (n < min) {
            throw TemplateFailure.type(function + "() takes " + (min == max ? "exactly " : "at least ") + count(min)
                    + " (" + n + " given)");
        }
    }

    private static String count(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
