package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.AttributeObject;
import org.iocrun.templating.python.DictView;
import org.iocrun.templating.python.PyCallable;
import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.PyIterator;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyOps;
import org.iocrun.templating.python.PyRange;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Jinja's default tests, by name ({@code value is name}). */
public final class Tests {

    private static final Map<String, JinjaTest> TESTS = build();

    private Tests() {
    }

    /** The test named {@code name}, or null when Jinja has none. */
    public static JinjaTest get(String name) {
        return TESTS.get(name);
    }

    private static Map<String, JinjaTest> build() {
        Map<String, JinjaTest> t = new HashMap<>();
        t.put("defined", unary(v -> !(v instanceof Undefined)));
        t.put("undefined", unary(v -> v instanceof Undefined));
        t.put("none", unary(v -> v == null));
        t.put("boolean", unary(v -> v instanceof Boolean));
        t.put("true", unary(v -> Boolean.TRUE.equals(v)));
        t.put("false", unary(v -> Boolean.FALSE.equals(v)));
        t.put("integer", unary(PyNumbers::isInt));
        t.put("float", unary(PyNumbers::isFloat));
        t.put("number", unary(PyNumbers::isNumber));
        t.put("string", unary(v -> v instanceof String));
        t.put("mapping", unary(v -> v instanceof Map<?, ?>));
        t.put("sequence", unary(v -> v instanceof String || v instanceof List<?> || v instanceof PyTuple
                || v instanceof Map<?, ?> || v instanceof PyRange));
        t.put("iterable", unary(Tests::iterable));
        t.put("callable", unary(v -> v instanceof PyCallable || v instanceof Undefined));
        t.put("escaped", unary(v -> false));
        t.put("odd", unary(v -> PyCompare.eq(PyOps.modulo(v, 2L), 1L)));
        t.put("even", unary(v -> PyCompare.eq(PyOps.modulo(v, 2L), 0L)));
        t.put("lower", unary(v -> islower(PyText.str(v))));
        t.put("upper", unary(v -> isupper(PyText.str(v))));
        t.put("divisibleby", (v, a, c) -> PyCompare.eq(PyOps.modulo(v, one(a, "divisibleby", "num")), 0L));
        t.put("sameas", (v, a, c) -> same(v, one(a, "sameas", "other")));
        t.put("in", (v, a, c) -> PyCompare.contains(one(a, "test_in", "seq"), v));
        t.put("filter", unary(v -> v instanceof String s && Filters.get(s) != null));
        t.put("test", unary(v -> v instanceof String s && TESTS.containsKey(s)));
        comparison(t, CompareOp.EQ, "==", "eq", "equalto");
        comparison(t, CompareOp.NE, "!=", "ne");
        comparison(t, CompareOp.LT, "<", "lt", "lessthan");
        comparison(t, CompareOp.LE, "<=", "le");
        comparison(t, CompareOp.GT, ">", "gt", "greaterthan");
        comparison(t, CompareOp.GE, ">=", "ge");
        return Map.copyOf(t);
    }

    private enum CompareOp { EQ, NE, LT, LE, GT, GE }

    private static void comparison(Map<String, JinjaTest> t, CompareOp op, String... names) {
        JinjaTest test = (v, a, c) -> {
            Object other = one(a, names[1], "other");
            return switch (op) {
                case EQ -> PyCompare.eq(v, other);
                case NE -> !PyCompare.eq(v, other);
                case LT -> PyCompare.order(PyCompare.Order.LT, v, other);
                case LE -> PyCompare.order(PyCompare.Order.LE, v, other);
                case GT -> PyCompare.order(PyCompare.Order.GT, v, other);
                case GE -> PyCompare.order(PyCompare.Order.GE, v, other);
            };
        };
        for (String name : names) {
            t.put(name, test);
        }
    }

    private interface Predicate {
        boolean test(Object value);
    }

    private static JinjaTest unary(Predicate p) {
        return (v, a, c) -> {
            if (a.size() > 0 || a.hasKeywords()) {
                throw TemplateFailure.type("test takes 1 positional argument but " + (a.size() + 1) + " were given");
            }
            return p.test(v);
        };
    }

    private static Object one(Args a, String function, String parameter) {
        return a.bind(function, new String[] {parameter}, new Object[] {Args.REQUIRED})[0];
    }

    private static boolean iterable(Object v) {
        if (v instanceof Undefined u) {
            if (u.strict()) {
                throw u.failure();
            }
            return true;
        }
        return v instanceof String || v instanceof List<?> || v instanceof PyTuple || v instanceof Map<?, ?>
                || v instanceof PyRange || v instanceof DictView || v instanceof PyIterator;
    }

    /** Python's {@code is}: values of the same identity; small ints, bools and None are singletons in CPython. */
    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Boolean || b instanceof Boolean) {
            return a.equals(b);
        }
        if (PyNumbers.isInt(a) && PyNumbers.isInt(b)) {
            BigInteger x = PyNumbers.asBig(a);
            return x.equals(PyNumbers.asBig(b)) && x.compareTo(BigInteger.valueOf(-5)) >= 0
                    && x.compareTo(BigInteger.valueOf(256)) <= 0;
        }
        return a instanceof AttributeObject && a.equals(b);
    }

    private static boolean islower(String s) {
        return s.codePoints().anyMatch(Character::isLowerCase)
                && s.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
    }

    private static boolean isupper(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase)
                && s.codePoints().noneMatch(c -> Character.isLowerCase(c) || Character.isTitleCase(c));
    }
}
