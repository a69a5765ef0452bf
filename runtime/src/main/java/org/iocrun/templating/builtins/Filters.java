package org.iocrun.templating.builtins;

import java.util.HashMap;
import java.util.Map;

/** Jinja's default filters by name. */
public final class Filters {

    private static final Map<String, JinjaFilter> FILTERS = build();

    private Filters() {
    }

    /** The filter named {@code name}, or null when Jinja has none. */
    public static JinjaFilter get(String name) {
        return FILTERS.get(name);
    }

    /** Every filter name, for "did you mean" when a template names one Jinja does not have. */
    public static java.util.Set<String> names() {
        return FILTERS.keySet();
    }

    private static Map<String, JinjaFilter> build() {
        Map<String, JinjaFilter> f = new HashMap<>();
        TextFilters.register(f);
        NumberFilters.register(f);
        SequenceFilters.register(f);
        return Map.copyOf(f);
    }
}
