package org.iocrun.templating.python;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Python's {@code dict} methods. */
final class DictMethods {

    static final Set<String> NAMES = Set.of("clear", "copy", "get", "items", "keys", "pop", "popitem",
            "setdefault", "update", "values");

    private DictMethods() {
    }

    @SuppressWarnings("unchecked")
    static Object call(Map<?, ?> raw, String name, Args a) {
        Map<Object, Object> map = (Map<Object, Object>) raw;
        try {
            return switch (name) {
                case "get" -> {
                    a.expectPositional(name, 1, 2);
                    Object v = PyDicts.get(map, a.get(0));
                    yield v != PyDicts.ABSENT ? v : a.size() > 1 ? a.get(1) : null;
                }
                case "keys" -> view(a, name, map, DictView.Kind.KEYS);
                case "values" -> view(a, name, map, DictView.Kind.VALUES);
                case "items" -> view(a, name, map, DictView.Kind.ITEMS);
                case "update" -> {
                    if (a.size() > 1) {
                        throw TemplateFailure.type("update expected at most 1 argument, got " + a.size());
                    }
                    if (a.size() == 1) {
                        PyDicts.update(map, a.get(0));
                    }
                    a.keywords().forEach((k, v) -> PyDicts.put(map, k, v));
                    yield null;
                }
                case "pop" -> {
                    a.expectPositional(name, 1, 2);
                    Object key = PyDicts.lookupKey(map, a.get(0));
                    if (key == PyDicts.ABSENT) {
                        if (a.size() > 1) {
                            yield a.get(1);
                        }
                        throw TemplateFailure.lookup(PyText.repr(a.get(0)));
                    }
                    yield map.remove(key);
                }
                case "popitem" -> {
                    a.expectPositional(name, 0, 0);
                    if (map.isEmpty()) {
                        throw TemplateFailure.lookup("'popitem(): dictionary is empty'");
                    }
                    Object last = null;
                    for (Object k : map.keySet()) {
                        last = k;
                    }
                    Object value = map.remove(last);
                    yield org.iocrun.templating.python.PyTuple.of(last, value);
                }
                case "setdefault" -> {
                    a.expectPositional(name, 1, 2);
                    Object v = PyDicts.get(map, a.get(0));
                    if (v != PyDicts.ABSENT) {
                        yield v;
                    }
                    Object dflt = a.size() > 1 ? a.get(1) : null;
                    PyDicts.put(map, a.get(0), dflt);
                    yield dflt;
                }
                case "copy" -> {
                    a.expectPositional(name, 0, 0);
                    yield new LinkedHashMap<>(map);
                }
                case "clear" -> {
                    a.expectPositional(name, 0, 0);
                    map.clear();
                    yield null;
                }
                default -> throw new IllegalStateException(name);
            };
        } catch (UnsupportedOperationException e) {
            throw TemplateFailure.type("this dict cannot be changed");
        }
    }

    private static DictView view(Args a, String name, Map<Object, Object> map, DictView.Kind kind) {
        a.expectPositional(name, 0, 0);
        return new DictView(map, kind);
    }
}
