package org.iocrun.templating.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Python's {@code ==}, ordering comparisons and {@code in}. */
public final class PyCompare {

    /** The ordering operators, with the symbol Python names in its TypeError. */
    public enum Order {
        LT("<"), LE("<="), GT(">"), GE(">=");

        final String symbol;

        Order(String symbol) {
            this.symbol = symbol;
        }

        boolean accepts(int cmp) {
            return switch (this) {
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }
    }

    private static final long EXACT_DOUBLE = 1L << 53;

    private PyCompare() {
    }

    public static boolean eq(Object a, Object b) {
        if (a instanceof Undefined u && u.strict()) {
            throw u.failure();
        }
        if (b instanceof Undefined u && u.strict()) {
            throw u.failure();
        }
        if (a == b && !(a instanceof Double)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof String s) {
            return s.equals(b);
        }
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            return numericCompare(a, b) == 0;
        }
        return switch (a) {
            case List<?> l -> b instanceof List<?> m && sequenceEq(l, m);
            case PyTuple t -> b instanceof PyTuple u && sequenceEq(t.items(), u.items());
            case Map<?, ?> m -> b instanceof Map<?, ?> n && mapEq(m, n);
            case PyRange r -> b instanceof PyRange s && rangeEq(r, s);
            case Undefined u -> b instanceof Undefined;
            default -> a.equals(b);
        };
    }

    /** {@code a <op> b} with Python's rules; unorderable types raise Python's TypeError. */
    public static boolean order(Order op, Object a, Object b) {
        if (a instanceof Undefined u) {
            throw u.failure();
        }
        if (b instanceof Undefined u) {
            throw u.failure();
        }
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            if (isNaN(a) || isNaN(b)) {
                return false;
            }
            return op.accepts(numericCompare(a, b));
        }
        if (a instanceof String s && b instanceof String t) {
            return op.accepts(compareCodePoints(s, t));
        }
        if (a instanceof List<?> l && b instanceof List<?> m) {
            return sequenceOrder(op, l, m);
        }
        if (a instanceof PyTuple t && b instanceof PyTuple u) {
            return sequenceOrder(op, t.items(), u.items());
        }
        throw TemplateFailure.type("'" + op.symbol + "' not supported between instances of '"
                + PyTypes.typeName(a) + "' and '" + PyTypes.typeName(b) + "'");
    }

    /** A total-order comparator step for sorting: -1, 0 or 1, raising like {@code <} for unorderable types. */
    public static int compare(Object a, Object b) {
        if (order(Order.LT, a, b)) {
            return -1;
        }
        return order(Order.LT, b, a) ? 1 : 0;
    }

    /** {@code item in container}. */
    public static boolean contains(Object container, Object item) {
        switch (container) {
            case String s -> {
                if (item instanceof String t) {
                    return s.contains(t);
                }
                if (item instanceof Undefined u) {
                    throw u.failure();
                }
                throw TemplateFailure.type("'in <string>' requires string as left operand, not "
                        + PyTypes.typeName(item));
            }
            case List<?> l -> {
                return anyEq(l.iterator(), item);
            }
            case PyTuple t -> {
                return anyEq(t.items().iterator(), item);
            }
            case Map<?, ?> m -> {
                return PyDicts.containsKey(m, item);
            }
            case PyRange r -> {
                if (PyNumbers.isIntOrBool(item) && PyNumbers.isSmall(item)) {
                    return r.contains(PyNumbers.asLong(item));
                }
                return anyEq(PyProtocols.iterator(r), item);
            }
            case DictView d -> {
                if (d.kind() == DictView.Kind.KEYS) {
                    return PyDicts.containsKey(d.dict(), item);
                }
                return anyEq(d.elements().iterator(), item);
            }
            case PyIterator it -> {
                return anyEq(it.iterator(), item);
            }
            case Undefined u -> {
                if (u.strict()) {
                    throw u.failure();
                }
                return false;
            }
            case null, default -> throw TemplateFailure.type("argument of type '" + PyTypes.typeName(container)
                    + "' is not iterable");
        }
    }

    private static boolean anyEq(Iterator<?> items, Object item) {
        while (items.hasNext()) {
            if (eq(items.next(), item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNaN(Object v) {
        return v instanceof Double d && d.isNaN();
    }

    /** Exact comparison of two Python numbers (ints are compared with floats exactly, as Python does). */
    static int numericCompare(Object a, Object b) {
        boolean af = PyNumbers.isFloat(a);
        boolean bf = PyNumbers.isFloat(b);
        if (!af && !bf) {
            if (PyNumbers.isSmall(a) && PyNumbers.isSmall(b)) {
                return Long.compare(PyNumbers.asLong(a), PyNumbers.asLong(b));
            }
            return PyNumbers.asBig(a).compareTo(PyNumbers.asBig(b));
        }
        if (af && bf) {
            double x = PyNumbers.asDouble(a);
            double y = PyNumbers.asDouble(b);
            // 2 marks "unordered" (a NaN): unequal, and ordering operators test NaN before comparing
            return x < y ? -1 : x > y ? 1 : x == y ? 0 : 2;
        }
        if (af) {
            return -intFloatCompare(b, PyNumbers.asDouble(a));
        }
        return intFloatCompare(a, PyNumbers.asDouble(b));
    }

    private static int intFloatCompare(Object i, double d) {
        if (Double.isNaN(d)) {
            return 1;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? -1 : 1;
        }
        if (PyNumbers.isSmall(i)) {
            long l = PyNumbers.asLong(i);
            if (l > -EXACT_DOUBLE && l < EXACT_DOUBLE) {
                return Double.compare((double) l, d) == 0 ? 0 : (double) l < d ? -1 : 1;
            }
        }
        BigInteger big = PyNumbers.asBig(i);
        return new BigDecimal(big).compareTo(new BigDecimal(d));
    }

    public static int compareCodePoints(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (Character.isSurrogate(x) || Character.isSurrogate(y)) {
                    return Integer.compare(a.codePointAt(i), b.codePointAt(i));
                }
                return Character.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static boolean sequenceEq(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!eq(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sequenceOrder(Order op, List<?> a, List<?> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!eq(a.get(i), b.get(i))) {
                return order(op, a.get(i), b.get(i));
            }
        }
        return op.accepts(Integer.compare(a.size(), b.size()));
    }

    private static boolean mapEq(Map<?, ?> a, Map<?, ?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<?, ?> e : a.entrySet()) {
            if (!PyDicts.containsKey(b, e.getKey()) || !eq(e.getValue(), PyDicts.get(b, e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static boolean rangeEq(PyRange a, PyRange b) {
        long n = a.length();
        if (n != b.length()) {
            return false;
        }
        return n == 0 || (a.start() == b.start() && (n == 1 || a.step() == b.step()));
    }

    /**
     * Python's stable {@code list.sort(key=..., reverse=...)}, in place: each key computed once, in order; equal keys
     * keep their items' order, also when reversed (Python reverses the comparison, not the result).
     */
    public static void sortByKey(List<Object> items, UnaryOperator<Object> key, boolean reverse) {
        List<Object> keys = new ArrayList<>(items.size());
        for (Object item : items) {
            keys.add(key.apply(item));
        }
        Integer[] order = new Integer[items.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (x, y) -> reverse ? compare(keys.get(y), keys.get(x)) : compare(keys.get(x), keys.get(y)));
        List<Object> sorted = new ArrayList<>(items.size());
        for (Integer i : order) {
            sorted.add(items.get(i));
        }
        for (int i = 0; i < sorted.size(); i++) {
            items.set(i, sorted.get(i));
        }
    }
}
