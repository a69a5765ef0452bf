package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.PyIterator;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyOps;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.PyTypes;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** Jinja's filters over sequences and mappings. Filters Jinja writes as generators return one-shot iterators. */
final class SequenceFilters {

    private SequenceFilters() {
    }

    static void register(Map<String, JinjaFilter> f) {
        JinjaFilter len = (v, a, c) -> noArgs(a, "length", PyProtocols.len(v));
        f.put("length", len);
        f.put("count", len);
        f.put("list", (v, a, c) -> noArgs(a, "list", PyProtocols.toList(v)));
        f.put("first", (v, a, c) -> {
            a.expectPositional("first", 0, 0);
            Iterator<Object> it = PyProtocols.iterator(v);
            return it.hasNext() ? it.next() : Undefined.withHint("No first item, sequence was empty.");
        });
        f.put("last", (v, a, c) -> {
            a.expectPositional("last", 0, 0);
            List<Object> items = reversible(v);
            return items.isEmpty() ? Undefined.withHint("No last item, sequence was empty.") : items.getLast();
        });
        f.put("random", (v, a, c) -> {
            a.expectPositional("random", 0, 0);
            List<Object> items = PyProtocols.elements(v);
            return items.isEmpty() ? Undefined.withHint("No random item, sequence was empty.")
                    : items.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(items.size()));
        });
        JinjaFilter dflt = (v, a, c) -> {
            Object[] p = a.bind("do_default", new String[] {"default_value", "boolean"}, new Object[] {"", false});
            boolean useDefault = v instanceof Undefined || (PyProtocols.truthy(p[1]) && !PyProtocols.truthy(v));
            return useDefault ? p[0] : v;
        };
        f.put("default", dflt);
        f.put("d", dflt);
        f.put("join", (v, a, c) -> {
            Object[] p = a.bind("do_join", new String[] {"d", "attribute"}, new Object[] {"", null});
            UnaryOperator<Object> getter = p[1] == null ? x -> x : AttrGetter.of(p[1], null, null)::apply;
            StringBuilder out = new StringBuilder();
            String sep = org.iocrun.templating.python.PyText.str(p[0]);
            Iterator<Object> it = PyProtocols.iterator(v);
            boolean first = true;
            while (it.hasNext()) {
                if (!first) {
                    out.append(sep);
                }
                first = false;
                out.append(org.iocrun.templating.python.PyText.str(getter.apply(it.next())));
            }
            return out.toString();
        });
        f.put("sort", (v, a, c) -> {
            Object[] p = a.bind("do_sort", new String[] {"reverse", "case_sensitive", "attribute"},
                    new Object[] {false, false, null});
            List<Object> items = PyProtocols.toList(v);
            UnaryOperator<Object> key = AttrGetter.multi(p[2], PyProtocols.truthy(p[1]) ? null : AttrGetter::ignoreCase);
            PyCompare.sortByKey(items, key, PyProtocols.truthy(p[0]));
            return items;
        });
        f.put("unique", (v, a, c) -> {
            Object[] p = a.bind("do_unique", new String[] {"case_sensitive", "attribute"}, new Object[] {false, null});
            AttrGetter key = AttrGetter.of(p[1], PyProtocols.truthy(p[0]) ? null : AttrGetter::ignoreCase, null);
            List<Object> seen = new ArrayList<>();
            List<Object> out = new ArrayList<>();
            Iterator<Object> it = PyProtocols.iterator(v);
            while (it.hasNext()) {
                Object item = it.next();
                Object k = key.apply(item);
                if (seen.stream().noneMatch(s -> PyCompare.eq(s, k))) {
                    seen.add(k);
                    out.add(item);
                }
            }
            return generator(out);
        });
        // both through Jinja's _min_or_max, whose hint for an empty sequence is the same
        f.put("min", (v, a, c) -> extreme(v, a, "do_min", "No aggregated item, sequence was empty.", true));
        f.put("max", (v, a, c) -> extreme(v, a, "do_max", "No aggregated item, sequence was empty.", false));
        f.put("sum", (v, a, c) -> {
            Object[] p = a.bind("do_sum", new String[] {"attribute", "start"}, new Object[] {null, 0L});
            UnaryOperator<Object> getter = p[0] == null ? x -> x : AttrGetter.of(p[0], null, null)::apply;
            Object total = p[1];
            Iterator<Object> it = PyProtocols.iterator(v);
            while (it.hasNext()) {
                total = PyOps.add(total, getter.apply(it.next()));
            }
            return total;
        });
        f.put("reverse", (v, a, c) -> {
            a.expectPositional("reverse", 0, 0);
            if (v instanceof String s) {
                return new StringBuilder(s).reverse().toString();
            }
            if (v instanceof Undefined u) {
                throw u.failure();
            }
            if (isReversible(v)) {
                List<Object> items = new ArrayList<>(PyProtocols.elements(v));
                Collections.reverse(items);
                return new PyIterator(v instanceof List<?> ? "list_reverseiterator" : "reversed", items.iterator());
            }
            // do_reverse: what reversed() refuses is listed and reversed, or is no argument for the filter
            List<Object> items;
            try {
                items = PyProtocols.toList(v);
            } catch (TemplateFailure notIterable) {
                throw TemplateFailure.runtime("argument must be iterable");
            }
            Collections.reverse(items);
            return items;
        });
        f.put("map", SequenceFilters::map);
        f.put("select", (v, a, c) -> select(v, a, c, false, true));
        f.put("reject", (v, a, c) -> select(v, a, c, false, false));
        f.put("selectattr", (v, a, c) -> select(v, a, c, true, true));
        f.put("rejectattr", (v, a, c) -> select(v, a, c, true, false));
        f.put("attr", (v, a, c) -> {
            Object[] p = a.bind("do_attr", new String[] {"name"}, new Object[] {Args.REQUIRED});
            String name = org.iocrun.templating.python.PyText.str(p[0]);
            Object value = Attributes.pythonAttribute(v, name);
            return value == Attributes.MISSING ? Undefined.member(v, name) : value;
        });
        f.put("items", (v, a, c) -> {
            a.expectPositional("items", 0, 0);
            if (v instanceof Undefined) {
                return new PyIterator("list_iterator", Collections.emptyIterator());
            }
            if (!(v instanceof Map<?, ?> m)) {
                throw TemplateFailure.type("Can only get item pairs from a mapping.");
            }
            List<Object> pairs = new ArrayList<>();
            m.forEach((k, val) -> pairs.add(PyTuple.of(k, val)));
            return new PyIterator("dict_itemiterator", pairs.iterator());
        });
        f.put("dictsort", (v, a, c) -> {
            Object[] p = a.bind("do_dictsort", new String[] {"case_sensitive", "by", "reverse"},
                    new Object[] {false, "key", false});
            if (!(v instanceof Map<?, ?> m)) {
                throw TemplateFailure.type("'" + PyTypes.typeName(v) + "' object has no attribute 'items'");
            }
            int pos = switch (org.iocrun.templating.python.PyText.str(p[1])) {
                case "key" -> 0;
                case "value" -> 1;
                default -> throw TemplateFailure.runtime("You can only sort by either \"key\" or \"value\"");
            };
            List<Object> pairs = new ArrayList<>();
            m.forEach((k, val) -> pairs.add(PyTuple.of(k, val)));
            boolean caseSensitive = PyProtocols.truthy(p[0]);
            PyCompare.sortByKey(pairs, pair -> {
                Object value = ((PyTuple) pair).get(pos);
                return caseSensitive ? value : AttrGetter.ignoreCase(value);
            }, PyProtocols.truthy(p[2]));
            return pairs;
        });
        f.put("batch", (v, a, c) -> {
            Object[] p = a.bind("do_batch", new String[] {"linecount", "fill_with"}, new Object[] {Args.REQUIRED, null});
            int size = (int) PyNumbers.index(p[0], "'%s' object cannot be interpreted as an integer");
            List<Object> out = new ArrayList<>();
            List<Object> batch = new ArrayList<>();
            for (Object item : PyProtocols.elements(v)) {
                if (batch.size() == size) {
                    out.add(batch);
                    batch = new ArrayList<>();
                }
                batch.add(item);
            }
            if (!batch.isEmpty()) {
                if (p[1] != null) {
                    while (batch.size() < size) {
                        batch.add(p[1]);
                    }
                }
                out.add(batch);
            }
            return generator(out);
        });
        f.put("slice", (v, a, c) -> {
            Object[] p = a.bind("do_slice", new String[] {"slices", "fill_with"}, new Object[] {Args.REQUIRED, null});
            int slices = (int) PyNumbers.index(p[0], "'%s' object cannot be interpreted as an integer");
            List<Object> seq = PyProtocols.toList(v);
            int length = seq.size();
            int perSlice = length / slices;
            int withExtra = length % slices;
            int offset = 0;
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < slices; i++) {
                int start = offset + i * perSlice;
                if (i < withExtra) {
                    offset++;
                }
                int end = offset + (i + 1) * perSlice;
                List<Object> part = new ArrayList<>(seq.subList(start, end));
                if (p[1] != null && i >= withExtra) {
                    part.add(p[1]);
                }
                out.add(part);
            }
            return generator(out);
        });
        f.put("groupby", (v, a, c) -> {
            Object[] p = a.bind("do_groupby", new String[] {"attribute", "default", "case_sensitive"},
                    new Object[] {Args.REQUIRED, null, false});
            boolean caseSensitive = PyProtocols.truthy(p[2]);
            AttrGetter key = AttrGetter.of(p[0], caseSensitive ? null : AttrGetter::ignoreCase, p[1]);
            AttrGetter shown = AttrGetter.of(p[0], null, p[1]);
            List<Object> items = PyProtocols.toList(v);
            PyCompare.sortByKey(items, key::apply, false);
            List<Object> groups = new ArrayList<>();
            List<Object> current = null;
            Object currentKey = null;
            for (Object item : items) {
                Object k = key.apply(item);
                if (current == null || !PyCompare.eq(k, currentKey)) {
                    current = new ArrayList<>();
                    currentKey = k;
                    groups.add(current);
                }
                current.add(item);
            }
            List<Object> out = new ArrayList<>();
            for (Object g : groups) {
                List<?> members = (List<?>) g;
                out.add(new PyTuple(List.of(shown.apply(members.getFirst()), members), List.of("grouper", "list")));
            }
            return out;
        });
    }

    private static Object noArgs(Args a, String name, Object result) {
        a.expectPositional(name, 0, 0);
        return result;
    }

    private static PyIterator generator(List<Object> items) {
        return new PyIterator("generator", items.iterator());
    }

    /** The items of a value Python's {@code reversed()} accepts (sequences, not iterators). */
    /** The items of {@code reversed(v)}: sequences, strings, dicts and their views; Python's error for the rest. */
    private static List<Object> reversible(Object v) {
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        if (!isReversible(v)) {
            throw TemplateFailure.type("'" + PyTypes.typeName(v)
                    + "' object is not reversible");
        }
        return PyProtocols.elements(v);
    }

    private static boolean isReversible(Object v) {
        return v instanceof List<?> || v instanceof PyTuple || v instanceof String || v instanceof Map<?, ?>
                || v instanceof org.iocrun.templating.python.PyRange
                || v instanceof org.iocrun.templating.python.DictView;
    }

    private static Object extreme(Object v, Args a, String function, String emptyHint, boolean min) {
        Object[] p = a.bind(function, new String[] {"case_sensitive", "attribute"}, new Object[] {false, null});
        AttrGetter key = AttrGetter.of(p[1], PyProtocols.truthy(p[0]) ? null : AttrGetter::ignoreCase, null);
        Iterator<Object> it = PyProtocols.iterator(v);
        if (!it.hasNext()) {
            return Undefined.withHint(emptyHint);
        }
        Object best = it.next();
        Object bestKey = key.apply(best);
        while (it.hasNext()) {
            Object item = it.next();
            Object k = key.apply(item);
            if (PyCompare.order(min ? PyCompare.Order.LT : PyCompare.Order.GT, k, bestKey)) {
                best = item;
                bestKey = k;
            }
        }
        return best;
    }

    /** Jinja's {@code do_map}: a false value ({@code none}, empty) maps to nothing, its arguments unchecked. */
    private static Object map(Object v, Args a, CallContext ctx) {
        if (!PyProtocols.truthy(v)) {
            return generator(new ArrayList<>());
        }
        UnaryOperator<Object> function;
        if (a.size() == 0 && a.keywords().containsKey("attribute")) {
            Map<String, Object> kw = new java.util.LinkedHashMap<>(a.keywords());
            Object attribute = kw.remove("attribute");
            Object dflt = kw.remove("default");
            if (!kw.isEmpty()) {
                throw TemplateFailure.runtime("Unexpected keyword argument " + org.iocrun.templating.python.PyText.repr(
                        kw.keySet().iterator().next()));
            }
            function = AttrGetter.of(attribute, null, dflt)::apply;
        } else {
            if (a.size() == 0) {
                throw TemplateFailure.runtime("map requires a filter argument");
            }
            String name = org.iocrun.templating.python.PyText.str(a.get(0));
            JinjaFilter filter = Filters.get(name);
            if (filter == null) {
                throw new TemplateFailure(TemplateError.Kind.SYNTAX, "No filter named '" + name + "'.");
            }
            Args rest = a.dropFirst(1);
            function = item -> filter.apply(item, rest, ctx);
        }
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = PyProtocols.iterator(v);
        while (it.hasNext()) {
            out.add(function.apply(it.next()));
        }
        return generator(out);
    }

    private static Object select(Object v, Args a, CallContext ctx, boolean byAttribute, boolean keep) {
        UnaryOperator<Object> transform = x -> x;
        int offset = 0;
        if (byAttribute) {
            if (a.size() == 0) {
                throw TemplateFailure.runtime("Missing parameter for attribute name");
            }
            transform = AttrGetter.of(a.get(0), null, null)::apply;
            offset = 1;
        }
        Predicate<Object> predicate;
        if (a.size() > offset) {
            String name = org.iocrun.templating.python.PyText.str(a.get(offset));
            JinjaTest test = Tests.get(name);
            if (test == null) {
                throw new TemplateFailure(TemplateError.Kind.SYNTAX, "No test named '" + name + "'.");
            }
            Args rest = a.dropFirst(offset + 1);
            predicate = item -> test.test(item, rest, ctx);
        } else {
            predicate = PyProtocols::truthy;
        }
        List<Object> out = new ArrayList<>();
        Iterator<Object> it = PyProtocols.iterator(v);
        while (it.hasNext()) {
            Object item = it.next();
            if (predicate.test(transform.apply(item)) == keep) {
                out.add(item);
            }
        }
        return generator(out);
    }
}
