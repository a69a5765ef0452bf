package org.iocrun.generation;

import org.iocrun.templating.PyValues;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Python's {@code int()}, {@code float()}, {@code bool()}, {@code list()} and {@code dict()} applied to a value
 * from {@code ast.literal_eval}, as ibek's coercion does. Failures carry Python's wording.
 */
final class PythonConversions {

    private static final Pattern INT_TEXT = Pattern.compile("\\s*[+-]?[0-9](_?[0-9])*\\s*");
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "\\s*[+-]?((([0-9](_?[0-9])*)?\\.[0-9](_?[0-9])*|[0-9](_?[0-9])*\\.?)([eE][+-]?[0-9](_?[0-9])*)?|inf|infinity|nan)\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A conversion that Python would refuse. */
    static final class ConversionError extends Exception {
        ConversionError(String message) {
            super(message, null, false, false);
        }
    }

    private PythonConversions() {
    }

    static Object apply(Coercion coercion, Object value) throws ConversionError {
        return switch (coercion) {
            case INT -> toInt(value);
            case FLOAT -> toFloat(value);
            case BOOL -> PyValues.truthy(value);
            case LIST -> toList(value);
            case DICT -> toDict(value);
            case NONE, IMPLICIT -> value;
        };
    }

    static Object toInt(Object value) throws ConversionError {
        return switch (value) {
            case Boolean b -> b ? 1L : 0L;
            case Long l -> l;
            case BigInteger b -> b;
            case Double d -> {
                if (d.isNaN()) {
                    throw new ConversionError("cannot convert float NaN to integer");
                }
                if (d.isInfinite()) {
                    throw new ConversionError("cannot convert float infinity to integer");
                }
                BigInteger big = new BigDecimal(d).toBigInteger();
                yield big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            case String s when INT_TEXT.matcher(s).matches() -> {
                BigInteger big = new BigInteger(s.strip().replace("_", ""));
                yield big.bitLength() < 64 ? (Object) big.longValue() : big;
            }
            case String s -> throw new ConversionError("invalid literal for int() with base 10: " + PyValues.repr(s));
            case null, default -> throw new ConversionError("int() argument must be a string, a bytes-like object or a real number, not '" + pyType(value) + "'");
        };
    }

    static Object toFloat(Object value) throws ConversionError {
        return switch (value) {
            case Boolean b -> b ? 1.0 : 0.0;
            case Long l -> l.doubleValue();
            case BigInteger b -> b.doubleValue();
            case Double d -> d;
            case String s when FLOAT_TEXT.matcher(s).matches() -> parseFloat(s.strip().replace("_", ""));
            case String s -> throw new ConversionError("could not convert string to float: " + PyValues.repr(s));
            case null, default -> throw new ConversionError("float() argument must be a string or a real number, not '" + pyType(value) + "'");
        };
    }

    private static double parseFloat(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("+") || negative ? lower.substring(1) : lower;
        return switch (body) {
            case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    static List<Object> toList(Object value) throws ConversionError {
        return switch (value) {
            case String s -> {
                List<Object> chars = new ArrayList<>();
                s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
                yield chars;
            }
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case Collection<?> c -> new ArrayList<>(c);
            case org.iocrun.templating.python.PyTuple t -> new ArrayList<>(t.items());
            case null, default -> throw new ConversionError("'" + pyType(value) + "' object is not iterable");
        };
    }

    static Map<Object, Object> toDict(Object value) throws ConversionError {
        if (value instanceof Map<?, ?> m) {
            return new LinkedHashMap<>(m);
        }
        if (value instanceof org.iocrun.templating.python.PyTuple t) {
            return toDict(t.items());
        }
        if (value instanceof Collection<?> items) {
            Map<Object, Object> dict = new LinkedHashMap<>();
            int index = 0;
            for (Object item : items) {
                Object entry = item instanceof org.iocrun.templating.python.PyTuple t ? t.items() : item;
                if (!(entry instanceof Collection<?> pair) || pair.size() != 2) {
                    throw new ConversionError("dictionary update sequence element #" + index + " has wrong length");
                }
                var it = pair.iterator();
                dict.put(it.next(), it.next());
                index++;
            }
            return dict;
        }
        throw new ConversionError("'" + pyType(value) + "' object is not iterable");
    }

    static String pyType(Object value) {
        return switch (value) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Double d -> "float";
            case String s -> "str";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            default -> value.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
