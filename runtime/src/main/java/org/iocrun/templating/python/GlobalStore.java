package org.iocrun.templating.python;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code _global} object of one generation run (ibek's {@code UTILS}): a variable store shared by every
 * template of the run plus environment lookup. One instance per run, passed explicitly, so runs never share
 * counters. Templates call its methods {@code get_env}, {@code set}, {@code get} and {@code incrementor}
 * (implemented in {@code org.iocrun.templating.python.GlobalMethods}).
 */
public final class GlobalStore {

    private final Function<String, String> env;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    /** Every name {@code get_env} asked for, set or not: a start records them to know when to generate again. */
    private final Set<String> environmentLookups = new LinkedHashSet<>();

    /** @param env environment lookup; returns {@code null} for an unset variable */
    public GlobalStore(Function<String, String> env) {
        this.env = env;
    }
    /** The variable store: live and insertion-ordered; keys are {@code str(key)} of what templates set. */
    public Map<String, Object> variables() {
        return variables;
    }

    /** {@code os.environ.get(key, "")}. */
    public String environment(String key) {
        environmentLookups.add(key);
        String value = env.apply(key);
        return value == null ? "" : value;
    }

    /** The environment variables looked up so far. */
    public Set<String> environmentLookups() {
        return Set.copyOf(environmentLookups);
    }
}
