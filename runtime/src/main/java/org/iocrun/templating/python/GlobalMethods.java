package org.iocrun.templating.python;

import java.util.Map;
import java.util.Set;

/** The methods of {@code _global} (ibek's {@code Utils}), with ibek's semantics and error messages. */
final class GlobalMethods {

    static final Set<String> NAMES = Set.of("get_env", "set", "get", "incrementor");

    private static final String[] GET_ENV = {"key"};
    private static final String[] SET = {"key", "value"};
    private static final String[] GET = {"key", "default"};
    private static final String[] INCREMENTOR = {"name", "start", "increment", "stop"};

    private GlobalMethods() {
    }

    static Object call(GlobalStore store, String name, Args a) {
        return switch (name) {
            case "get_env" -> {
                Object key = a.bind("Utils.get_env", GET_ENV, new Object[] {Args.REQUIRED})[0];
                yield store.environment(StrMethods.requireStr(key, "str expected, not " + PyTypes.typeName(key)));
            }
            case "set" -> {
                Object[] v = a.bind("Utils.set", SET, new Object[] {Args.REQUIRED, Args.REQUIRED});
                store.variables().put(PyText.str(v[0]), v[1]);
                yield v[1];
            }
            case "get" -> {
                Object[] v = a.bind("Utils.get", GET, new Object[] {Args.REQUIRED, ""});
                String key = PyText.str(v[0]);
                Map<String, Object> vars = store.variables();
                yield vars.containsKey(key) ? vars.get(key) : v[1];
            }
            case "incrementor" -> incrementor(store.variables(),
                    a.bind("Utils.incrementor", INCREMENTOR, new Object[] {Args.REQUIRED, 0L, 1L, null}));
            default -> throw new IllegalStateException(name);
        };
    }

    /** ibek's {@code Utils.incrementor}: the stored value is updated before the stop check fails. */
    private static Object incrementor(Map<String, Object> vars, Object[] v) {
        String key = PyText.str(v[0]);
        if (!vars.containsKey(key)) {
            vars.put(key, v[1]);
            return v[1];
        }
        Object current = vars.get(key);
        if (!PyNumbers.isIntOrBool(current)) {
            throw new TemplateFailure(TemplateError.Kind.COUNTER, "Variable " + key + " is not an integer");
        }
        Object next = PyOps.add(current, v[2]);
        vars.put(key, next);
        Object stop = v[3];
        if (stop != null && PyCompare.order(PyCompare.Order.GT, next, stop)) {
            throw new TemplateFailure(TemplateError.Kind.COUNTER,
                    "Counter " + key + " exceeded maximum value of " + PyText.str(stop));
        }
        return next;
    }
}
