package org.iocrun.templating.python;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/** Python's {@code list} methods; they mutate the list in place, which templates rely on. */
final class ListMethods {

    static final Set<String> NAMES = Set.of("append", "clear", "copy", "count", "extend", "index", "insert", "pop",
            "remove", "reverse", "sort");

    private ListMethods() {
    }

    @SuppressWarnings("unchecked")
    static Object call(List<?> raw, String name, Args a, CallContext context) {
        List<Object> list = (List<Object>) raw;
        try {
            return switch (name) {
                case "append" -> {
                    a.expectPositional(name, 1, 1);
                    list.add(a.get(0));
                    yield null;
                }
                case "extend" -> {
                    a.expectPositional(name, 1, 1);
                    list.addAll(PyProtocols.toList(a.get(0)));
                    yield null;
                }
                case "insert" -> {
                    a.expectPositional(name, 2, 2);
                    long i = PyNumbers.index(a.get(0), "'%s' object cannot be interpreted as an integer");
                    int size = list.size();
                    int at = (int) (i < 0 ? Math.max(0, i + size) : Math.min(i, size));
                    list.add(at, a.get(1));
                    yield null;
                }
                case "pop" -> {
                    a.expectPositional(name, 0, 1);
                    if (list.isEmpty()) {
                        throw TemplateFailure.lookup("pop from empty list");
                    }
                    long i = a.size() > 0 ? PyNumbers.index(a.get(0), "'%s' object cannot be interpreted as an integer")
                            : list.size() - 1;
                    if (i < 0) {
                        i += list.size();
                    }
                    if (i < 0 || i >= list.size()) {
                        throw TemplateFailure.lookup("pop index out of range");
                    }
                    yield list.remove((int) i);
                }
                case "remove" -> {
                    a.expectPositional(name, 1, 1);
                    int at = indexOf(list, a.get(0), 0, list.size());
                    if (at < 0) {
                        throw TemplateFailure.value("list.remove(x): x not in list");
                    }
                    list.remove(at);
                    yield null;
                }
                case "index" -> {
                    a.expectPositional(name, 1, 3);
                    int start = a.size() > 1 ? clamp(a.get(1), list.size()) : 0;
                    int end = a.size() > 2 ? clamp(a.get(2), list.size()) : list.size();
                    int at = indexOf(list, a.get(0), start, end);
                    if (at < 0) {
                        throw TemplateFailure.value(PyText.repr(a.get(0)) + " is not in list");
                    }
                    yield (long) at;
                }
                case "count" -> {
                    a.expectPositional(name, 1, 1);
                    long n = 0;
                    for (Object item : list) {
                        if (PyCompare.eq(item, a.get(0))) {
                            n++;
                        }
                    }
                    yield n;
                }
                case "reverse" -> {
                    a.expectPositional(name, 0, 0);
                    Collections.reverse(list);
                    yield null;
                }
                case "sort" -> {
                    if (a.size() > 0) {
                        throw TemplateFailure.type("sort() takes no positional arguments");
                    }
                    Object[] v = a.bind(name, new String[] {"key", "reverse"}, new Object[] {null, false});
                    sort(list, v[0], PyProtocols.truthy(v[1]), context);
                    yield null;
                }
                case "copy" -> {
                    a.expectPositional(name, 0, 0);
                    yield new ArrayList<>(list);
                }
                case "clear" -> {
                    a.expectPositional(name, 0, 0);
                    list.clear();
                    yield null;
                }
                default -> throw new IllegalStateException(name);
            };
        } catch (UnsupportedOperationException e) {
            throw TemplateFailure.type("this list cannot be changed");
        }
    }

    /** Python's {@code list.sort(key=None, reverse=False)}: the key callable, when given, called once per item. */
    static void sort(List<Object> list, Object key, boolean reverse, CallContext context) {
        PyCompare.sortByKey(list, key == null ? item -> item : item -> Methods.callValue(key, Args.of(item), context),
                reverse);
    }

    static int indexOf(List<?> list, Object item, int start, int end) {
        for (int i = start; i < end; i++) {
            if (PyCompare.eq(list.get(i), item)) {
                return i;
            }
        }
        return -1;
    }

    private static int clamp(Object v, int size) {
        long i = PyNumbers.index(v, "slice indices must be integers or have an __index__ method");
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        return (int) Math.min(i, size);
    }
}
