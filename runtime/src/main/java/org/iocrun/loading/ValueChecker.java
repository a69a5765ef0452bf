package org.iocrun.loading;

import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an instance value against its parameter's type the way ibek's pydantic models do in lax mode (ibek-behaviour
 * §2.3 parameter types, third column), and converts it as pydantic would: {@code 50} for a float becomes {@code 50.0},
 * {@code "7"} for an int becomes 7, {@code yes} for a bool becomes true. Jinja template strings pass for the typed
 * parameters and are rendered later.
 */
public final class ValueChecker {

    private static final Set<String> TRUE_WORDS = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE_WORDS = Set.of("0", "off", "f", "false", "n", "no");
    private static final Pattern INT_TEXT = Pattern.compile("([+-]?[0-9](_?[0-9])*)(\\.0+)?");
    private static final Pattern RUST_F64 = Pattern.compile(
            "[+-]?(([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** The outcome: the converted value, or a failure saying what was expected. */
    public sealed interface Result {
        record Ok(Object value) implements Result {
        }

        record Failed(String expected) implements Result {
        }
    }

    private ValueChecker() {
    }

    public static Result check(Parameter parameter, Object value) {
        ParamType type = parameter.type();
        if (type.acceptsJinjaString() && Jinja.isTemplate(value)) {
            return new Result.Ok(value);
        }
        Object converted = switch (type) {
            case STR, ID -> value instanceof String ? value : null;
            case OBJECT -> value;
            case INT -> toInt(value);
            case FLOAT -> toFloat(value);
            case BOOL -> toBool(value);
            case LIST -> value instanceof List<?> ? value : null;
            case DICT -> value instanceof Map<?, ?> ? value : null;
            case ENUM -> enumKey(parameter, value);
        };
        if (converted == null && !(type == ParamType.OBJECT)) {
            return new Result.Failed(expectation(parameter));
        }
        return new Result.Ok(converted);
    }

    /**
     * A bool by pydantic's lax rules, for values such as {@code entity_enabled}; null when not a bool. pydantic-core
     * ({@code input_python.rs} {@code validate_bool}, {@code shared.rs} {@code str_as_bool}): the strings
     * 0/off/f/false/n/no and 1/on/t/true/y/yes in any case, compared as they are (no stripping: {@code " true"}
     * fails); ints 0 and 1; floats 0.0 and 1.0.
     */
    public static Boolean toBool(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Long l when l == 0 || l == 1 -> l == 1;
            case Double d when d == 0.0 || d == 1.0 -> d == 1.0;
            case String s when TRUE_WORDS.contains(s.toLowerCase(Locale.ROOT)) -> true;
            case String s when FALSE_WORDS.contains(s.toLowerCase(Locale.ROOT)) -> false;
            case null, default -> null;
        };
    }

    /**
     * An int by pydantic's lax rules: bools as 0/1, floats without a fraction within the 64-bit range
     * ({@code int_parsing_size} beyond it), text by {@link #parseInt}.
     */
    public static Object toInt(Object value) {
        return switch (value) {
            case Long l -> l;
            case BigInteger b -> b;
            case Boolean b -> b ? 1L : 0L;
            case Double d when d == Math.rint(d) && Math.abs(d) < 0x1p63 -> (long) d.doubleValue();
            case String s -> parseInt(s);
            case null, default -> null;
        };
    }

    /** A float by pydantic's lax rules: ints and bools widened, text by {@link #parseFloat}. */
    public static Double toFloat(Object value) {
        return switch (value) {
            case Double d -> d;
            case Long l -> l.doubleValue();
            case BigInteger b -> b.doubleValue();
            case Boolean b -> b ? 1.0 : 0.0;
            case String s -> parseFloat(s);
            case null, default -> null;
        };
    }

    /**
     * An integer from text as pydantic-core's {@code str_as_int} reads it: trimmed of Unicode white space (Rust's
     * {@code str::trim}, so a rendered {@code "\n1"} is 1), an optional sign, digits with single underscores between
     * them, leading zeros allowed ({@code "007"} is 7), and a decimal point followed only by zeros dropped
     * ({@code "1.0"} and {@code "1_0.00"} are ints, {@code "1."} and {@code "1.5"} are not).
     */
    public static Object parseInt(String text) {
        Matcher m = INT_TEXT.matcher(rustTrim(text));
        if (!m.matches()) {
            return null;
        }
        BigInteger value = new BigInteger(m.group(1).replace("_", ""));
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    /**
     * A float from text as pydantic-core's {@code str_as_float} reads it: Rust's {@code f64} syntax on the trimmed
     * text (sign, {@code 1.}, {@code .5}, exponent, inf/infinity/nan in any case); failing that, the untrimmed text
     * with its underscores removed when it neither starts nor ends with one nor holds two in a row
     * ({@code "1_000.5"} and {@code "1e_5"} pass, {@code " 1_0.5 "} does not).
     */
    public static Double parseFloat(String text) {
        Double plain = rustF64(rustTrim(text));
        if (plain != null) {
            return plain;
        }
        if (text.startsWith("_") || text.endsWith("_") || text.contains("__")) {
            return null;
        }
        return rustF64(text.replace("_", ""));
    }

    private static Double rustF64(String s) {
        if (!RUST_F64.matcher(s).matches()) {
            return null;
        }
        String body = s.startsWith("+") || s.startsWith("-") ? s.substring(1) : s;
        boolean negative = s.startsWith("-");
        return switch (body.toLowerCase(Locale.ROOT)) {
            case "inf", "infinity" -> negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(s);
        };
    }

    /** Rust's {@code str::trim}: Unicode White_Space at both ends (Java's {@code strip} misses the no-break spaces). */
    static String rustTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isWhiteSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isWhiteSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isWhiteSpace(char c) {
        return (c >= '\t' && c <= '\r') || c == '\u0085' || Character.isSpaceChar(c);
    }

    /**
     * The enum key an instance value selects, or null. pydantic looks the value up among the members' values,
     * which are the keys ({@code Enum(name, {str(k): k for k in values})}, ibek {@code entity_factory.py}), with
     * Python's {@code ==}: so an int key 1 is selected by {@code 1}, {@code True} and {@code 1.0}, and the stored
     * value is the key itself ({@code use_enum_values}); strings match strings only ({@code "1"} is not 1).
     */
    static Object enumKey(Parameter parameter, Object value) {
        for (Object key : parameter.enumValues().keySet()) {
            if (pythonEquals(key, value)) {
                return key;
            }
        }
        return null;
    }

    private static boolean pythonEquals(Object key, Object value) {
        if (key == null || value == null) {
            return key == value;
        }
        BigDecimal a = numeric(key);
        BigDecimal b = numeric(value);
        if (a != null && b != null) {
            return a.compareTo(b) == 0;
        }
        return key.equals(value);
    }

    /** bool, int and float as exact numbers (Python compares them by value); null for anything else, NaN and inf. */
    private static BigDecimal numeric(Object v) {
        return switch (v) {
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            case Double d when Double.isFinite(d) -> new BigDecimal(d);
            case null, default -> null;
        };
    }

    private static String expectation(Parameter parameter) {
        if (parameter.type() == ParamType.ENUM) {
            return "one of " + String.join(", ", parameter.enumValues().keySet().stream()
                    .map(k -> k instanceof String s ? "'" + s + "'" : String.valueOf(k)).toList());
        }
        return parameter.type().expectation() + (parameter.type().acceptsJinjaString() ? " or a Jinja template string" : "");
    }
}
