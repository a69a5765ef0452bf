package org.iocrun.yaml;

import org.snakeyaml.engine.v2.nodes.Tag;

import java.util.Locale;

/**
 * Scalars with an explicit standard tag ({@code !!int "42"}), converted the way ruamel.yaml's
 * SafeConstructor does. Tags it has no use for in IOC files ({@code !!binary}, {@code !!set}, ...) and
 * local tags ({@code !foo}) are refused, since ibek could not have read them into a model either.
 */
final class TaggedScalars {

    static final String STANDARD_PREFIX = Tag.PREFIX;
    static final String SUPPORTED_TAGS = "!!str, !!int, !!float, !!bool, !!null, !!timestamp, !!map and !!seq";

    private TaggedScalars() {
    }

    static Object construct(Tag tag, String text) throws ScalarFormatException {
        return switch (tag.getValue()) {
            case "tag:yaml.org,2002:str" -> text;
            case "tag:yaml.org,2002:null" -> null;
            case "tag:yaml.org,2002:bool" -> bool(text);
            case "tag:yaml.org,2002:int" -> integer(text);
            case "tag:yaml.org,2002:float" -> floating(text);
            case "tag:yaml.org,2002:timestamp" -> timestamp(text);
            default -> throw unsupported(tag, "a scalar");
        };
    }

    static ScalarFormatException unsupported(Tag tag, String what) {
        String name = displayName(tag);
        String message = tag.getValue().startsWith(STANDARD_PREFIX)
                && (tag.equals(Tag.SEQ) || tag.equals(Tag.MAP) || isScalarTag(tag))
                ? "tag " + name + " cannot be used on " + what
                : "unknown tag '" + name + "'";
        return new ScalarFormatException(message, "the supported tags are " + SUPPORTED_TAGS);
    }

    private static boolean isScalarTag(Tag tag) {
        return switch (tag.getValue()) {
            case "tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "tag:yaml.org,2002:bool",
                 "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp" -> true;
            default -> false;
        };
    }

    /** {@code !!int} rather than {@code tag:yaml.org,2002:int}: how the user wrote it. */
    static String displayName(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(STANDARD_PREFIX) ? "!!" + value.substring(STANDARD_PREFIX.length()) : value;
    }

    private static Boolean bool(String text) throws ScalarFormatException {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "on" -> Boolean.TRUE;
            case "no", "n", "false", "off" -> Boolean.FALSE;
            default -> throw new ScalarFormatException("'" + text + "' is not a boolean (tagged !!bool)",
                    "use true or false");
        };
    }

    private static Object integer(String text) throws ScalarFormatException {
        Object value = text.isEmpty() ? null : PlainScalars.integer(text.strip());
        if (value == null) {
            throw new ScalarFormatException("'" + text + "' is not an integer (tagged !!int)",
                    "use decimal digits, or 0x, 0o or 0b followed by digits of that base");
        }
        return value;
    }

    private static Double floating(String text) throws ScalarFormatException {
        String s = text.strip().replace("_", "").toLowerCase(Locale.ROOT);
        String unsigned = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        boolean negative = s.startsWith("-");
        double value = switch (unsigned) {
            case ".inf", "inf", "infinity" -> Double.POSITIVE_INFINITY;
            case ".nan", "nan" -> Double.NaN;
            default -> {
                if (!isDecimalFloat(unsigned)) {
                    throw new ScalarFormatException("'" + text + "' is not a number (tagged !!float)",
                            "use digits with an optional '.' and exponent, or .inf / .nan");
                }
                yield Double.parseDouble(unsigned);
            }
        };
        return negative ? -value : value;
    }

    /** Python float() syntax without sign: Java's parser would also take "1d", "0x1p3" or "NaN". */
    private static boolean isDecimalFloat(String s) {
        int mantissaDigits = 0;
        int i = 0;
        for (; i < s.length() && AsciiDigits.isDigit(s.charAt(i)); i++) {
            mantissaDigits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            for (i++; i < s.length() && AsciiDigits.isDigit(s.charAt(i)); i++) {
                mantissaDigits++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == 'e') {
            i++;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponentDigits = 0;
            for (; i < s.length() && AsciiDigits.isDigit(s.charAt(i)); i++) {
                exponentDigits++;
            }
            return exponentDigits > 0 && i == s.length();
        }
        return i == s.length();
    }

    private static Object timestamp(String text) throws ScalarFormatException {
        Object value = Timestamps.parse(text);
        if (value == null) {
            throw new ScalarFormatException("'" + text + "' is not a timestamp (tagged !!timestamp)",
                    "use YYYY-MM-DD, optionally followed by a time hh:mm:ss");
        }
        return value;
    }
}
