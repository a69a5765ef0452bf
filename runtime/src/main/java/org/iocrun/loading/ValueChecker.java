package org.iocrun.loading;

import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an instance value against its parameter's type the way ibek's pydantic models do in lax mode (§2.3,
 * third column), and converts it as pydantic would: {@code 50} for a float becomes {@code 50.0}, {@code "7"} for
 * an int becomes 7, {@code yes} for a bool becomes true. Jinja template strings pass for the typed parameters
 * and are rendered later.
 */
public final class ValueChecker {

    private static final Set<String> TRUE_WORDS = Set.of("1", "on", "t", "true", "y", "yes");
    private static final Set<String> FALSE_WORDS = Set.of("0", "off", "f", "false", "n", "no");
    private static final Pattern INT_TEXT = Pattern.compile("[+-]?[0-9](_?[0-9])*");
    private static final Pattern FLOAT_TEXT = Pattern.compile(
            "[+-]?(([0-9](_?[0-9])*)?\\.?[0-9](_?[0-9])*([eE][+-]?[0-9]+)?|inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

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
            case ENUM -> parameter.enumValues().keySet().stream().anyMatch(k -> sameKey(k, value)) ? value : null;
        };
        if (converted == null && !(type == ParamType.OBJECT)) {
            return new Result.Failed(expectation(parameter));
        }
        return new Result.Ok(converted);
    }

    /** A bool by pydantic's lax rules, for values such as {@code entity_enabled}; null when not a bool. */
    public static Boolean toBool(Object value) {
        return switch (value) {
            case Boolean b -> b;
            case Long l when l == 0 || l == 1 -> l == 1;
            case Double d when d == 0.0 || d == 1.0 -> d == 1.0;
            case String s when TRUE_WORDS.contains(s.strip().toLowerCase(Locale.ROOT)) -> true;
            case String s when FALSE_WORDS.contains(s.strip().toLowerCase(Locale.ROOT)) -> false;
            case null, default -> null;
        };
    }

    private static Object toInt(Object value) {
        return switch (value) {
            case Long l -> l;
            case BigInteger b -> b;
            case Boolean b -> b ? 1L : 0L;
            case Double d when d == Math.rint(d) && !d.isInfinite() -> (long) d.doubleValue();
            case String s -> parseInt(s);
            case null, default -> null;
        };
    }

    private static Object toFloat(Object value) {
        return switch (value) {
            case Double d -> d;
            case Long l -> l.doubleValue();
            case BigInteger b -> b.doubleValue();
            case Boolean b -> b ? 1.0 : 0.0;
            case String s -> parseFloat(s);
            case null, default -> null;
        };
    }

    /** An integer from text as pydantic accepts it (optional sign, digits, underscores between digits). */
    static Object parseInt(String text) {
        String s = text.strip();
        if (!INT_TEXT.matcher(s).matches()) {
            return null;
        }
        BigInteger value = new BigInteger(s.replace("_", ""));
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private static Double parseFloat(String text) {
        String s = text.strip();
        if (!FLOAT_TEXT.matcher(s).matches()) {
            return null;
        }
        return switch (s.toLowerCase(Locale.ROOT).replace("+", "")) {
            case "inf", "infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
            case "nan", "-nan" -> Double.NaN;
            default -> Double.parseDouble(s.replace("_", ""));
        };
    }

    /** Enum keys match by exact type, as pydantic's enum validation does (int key needs int input). */
    private static boolean sameKey(Object key, Object value) {
        if (key == null || value == null) {
            return key == value;
        }
        return key.equals(value);
    }

    private static String expectation(Parameter parameter) {
        if (parameter.type() == ParamType.ENUM) {
            return "one of " + String.join(", ", parameter.enumValues().keySet().stream()
                    .map(k -> k instanceof String s ? "'" + s + "'" : String.valueOf(k)).toList());
        }
        return parameter.type().expectation() + (parameter.type().acceptsJinjaString() ? " or a Jinja template string" : "");
    }
}
