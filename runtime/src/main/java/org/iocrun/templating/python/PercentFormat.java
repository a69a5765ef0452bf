package org.iocrun.templating.python;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Python's printf-style {@code str % args}, with CPython's argument rules and error messages. */
public final class PercentFormat {

    private final String format;
    private final Object args;
    private final List<Object> positional;
    private final Map<?, ?> mapping;
    private int next;
    private int index;

    private PercentFormat(String format, Object args) {
        this.format = format;
        this.args = args;
        this.positional = args instanceof PyTuple t ? t.items() : null;
        this.mapping = args instanceof Map<?, ?> m ? m : null;
    }

    public static String format(String format, Object args) {
        if (args instanceof Undefined u) {
            throw u.failure();
        }
        return new PercentFormat(format, args).run();
    }

    private String run() {
        StringBuilder out = new StringBuilder(format.length() + 16);
        int n = format.length();
        while (index < n) {
            char c = format.charAt(index);
            if (c != '%') {
                int start = index;
                while (index < n && format.charAt(index) != '%') {
                    index++;
                }
                out.append(format, start, index);
                continue;
            }
            index++;
            conversion(out);
        }
        boolean singleUnused = positional == null && next == 0;
        boolean tupleUnused = positional != null && next < positional.size();
        if ((singleUnused || tupleUnused) && !isMappingLike()) {
            throw TemplateFailure.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    /** CPython treats any object with item lookup (dict, list) as a mapping here, so unused ones are no error. */
    private boolean isMappingLike() {
        return positional == null && (args instanceof Map<?, ?> || args instanceof List<?>);
    }

    private void conversion(StringBuilder out) {
        Object keyed = null;
        boolean hasKey = false;
        if (peek() == '(') {
            keyed = mappingValue();
            hasKey = true;
        }
        boolean left = false, plus = false, space = false, alternate = false, zero = false;
        for (boolean flags = true; flags; ) {
            switch (peek()) {
                case '-' -> left = true;
                case '+' -> plus = true;
                case ' ' -> space = true;
                case '#' -> alternate = true;
                case '0' -> zero = true;
                default -> flags = false;
            }
            if (flags) {
                index++;
            }
        }
        int width = -1;
        if (peek() == '*') {
            index++;
            width = starValue();
            if (width < 0) {
                left = true;
                width = -width;
            }
        } else {
            width = digits();
        }
        int precision = -1;
        if (peek() == '.') {
            index++;
            if (peek() == '*') {
                index++;
                precision = Math.max(0, starValue());
            } else {
                precision = Math.max(0, digits());
            }
        }
        while (peek() == 'h' || peek() == 'l' || peek() == 'L') {
            index++;
        }
        if (index >= format.length()) {
            throw TemplateFailure.value("incomplete format");
        }
        char type = format.charAt(index);
        int typeIndex = index;
        index++;
        if (type == '%') {
            out.append('%');
            return;
        }
        Spec spec = new Spec(left, plus, space, alternate, zero, width, precision, type);
        String text = switch (type) {
            case 's' -> truncate(PyText.str(arg(hasKey, keyed)), precision);
            case 'r', 'a' -> truncate(repr(arg(hasKey, keyed), type == 'a'), precision);
            case 'd', 'i', 'u' -> integer(spec, integerArg(arg(hasKey, keyed), type, true), 10);
            case 'o' -> integer(spec, integerArg(arg(hasKey, keyed), type, false), 8);
            case 'x', 'X' -> integer(spec, integerArg(arg(hasKey, keyed), type, false), 16);
            case 'e', 'E', 'f', 'F', 'g', 'G' -> floating(spec, realArg(arg(hasKey, keyed)));
            case 'c' -> character(arg(hasKey, keyed));
            default -> throw TemplateFailure.value("unsupported format character '" + type + "' (0x"
                    + Integer.toHexString(type) + ") at index " + typeIndex);
        };
        pad(out, text, spec, type != 's' && type != 'r' && type != 'a' && type != 'c');
    }

    private record Spec(boolean left, boolean plus, boolean space, boolean alternate, boolean zero, int width,
                        int precision, char type) {
    }

    private char peek() {
        return index < format.length() ? format.charAt(index) : '\0';
    }

    private int digits() {
        int start = index;
        while (index < format.length() && Character.isDigit(format.charAt(index))) {
            index++;
        }
        return start == index ? -1 : TextLimits.parseWidth(format.substring(start, index), "width or precision");
    }

    private Object mappingValue() {
        if (mapping == null) {
            throw TemplateFailure.type("format requires a mapping");
        }
        int depth = 1;
        int start = ++index;
        while (index < format.length() && depth > 0) {
            char c = format.charAt(index++);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw TemplateFailure.value("incomplete format key");
        }
        String key = format.substring(start, index - 1);
        Object value = PyDicts.get(mapping, key);
        if (value == PyDicts.ABSENT) {
            throw TemplateFailure.value(PyText.repr(key));
        }
        return value;
    }

    private Object arg(boolean hasKey, Object keyed) {
        if (hasKey) {
            return keyed;
        }
        if (positional == null) {
            if (next++ == 0) {
                return args;
            }
        } else if (next < positional.size()) {
            return positional.get(next++);
        }
        throw TemplateFailure.type("not enough arguments for format string");
    }

    private int starValue() {
        Object v = arg(false, null);
        if (!PyNumbers.isIntOrBool(v)) {
            throw TemplateFailure.type("* wants int");
        }
        long value = PyNumbers.asLong(v);
        return value < 0 ? -TextLimits.width(-value, "width") : TextLimits.width(value, "width or precision");
    }

    private static String truncate(String s, int precision) {
        return precision >= 0 && precision < PyStrings.length(s) ? s.substring(0, PyStrings.offset(s, precision)) : s;
    }

    static String repr(Object v, boolean ascii) {
        String r = PyText.repr(v);
        if (!ascii) {
            return r;
        }
        return PyStrings.backslashReplace(r);
    }

    private static BigInteger integerArg(Object v, char type, boolean acceptFloat) {
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        if (PyNumbers.isIntOrBool(v)) {
            return PyNumbers.asBig(v);
        }
        if (PyNumbers.isFloat(v)) {
            if (!acceptFloat) {
                throw TemplateFailure.type("%" + type + " format: an integer is required, not float");
            }
            double d = PyNumbers.asDouble(v);
            if (!Double.isFinite(d)) {
                throw Double.isNaN(d) ? TemplateFailure.value("cannot convert float NaN to integer")
                        : TemplateFailure.arithmetic("cannot convert float infinity to integer");
            }
            return new java.math.BigDecimal(d).toBigInteger();
        }
        throw TemplateFailure.type("%" + type + " format: " + (acceptFloat ? "a real number" : "an integer")
                + " is required, not " + PyTypes.typeName(v));
    }

    private static double realArg(Object v) {
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        if (PyNumbers.isNumber(v)) {
            return PyNumbers.asDouble(v);
        }
        throw TemplateFailure.type("must be real number, not " + PyTypes.typeName(v));
    }

    private static String integer(Spec spec, BigInteger value, int radix) {
        String digits = value.bitLength() < 63 ? Long.toString(Math.abs(value.longValue()), radix)
                : value.abs().toString(radix);
        if (spec.type() == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
        }
        if (spec.precision() > digits.length()) {
            digits = "0".repeat(spec.precision() - digits.length()) + digits;
        }
        String prefix = "";
        if (spec.alternate()) {
            prefix = switch (spec.type()) {
                case 'o' -> "0o";
                case 'x' -> "0x";
                case 'X' -> "0X";
                default -> "";
            };
        }
        return sign(spec, value.signum() < 0) + prefix + digits;
    }

    private static String floating(Spec spec, double value) {
        int precision = spec.precision() < 0 ? 6 : spec.precision();
        String body = switch (Character.toLowerCase(spec.type())) {
            case 'e' -> FloatText.exponent(Math.abs(value), precision, spec.alternate());
            case 'f' -> FloatText.fixed(Math.abs(value), precision, spec.alternate());
            default -> FloatText.general(Math.abs(value), precision, spec.alternate(), false);
        };
        if (Character.isUpperCase(spec.type())) {
            body = body.toUpperCase(java.util.Locale.ROOT);
        }
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return sign(spec, negative && !Double.isNaN(value)) + body;
    }

    private static String sign(Spec spec, boolean negative) {
        if (negative) {
            return "-";
        }
        return spec.plus() ? "+" : spec.space() ? " " : "";
    }

    private static String character(Object v) {
        if (v instanceof String s && PyStrings.length(s) == 1) {
            return s;
        }
        if (PyNumbers.isIntOrBool(v)) {
            long c = PyNumbers.asLong(v);
            if (c < 0 || c > 0x10ffff) {
                throw TemplateFailure.arithmetic("%c arg not in range(0x110000)");
            }
            return Character.toString((int) c);
        }
        throw TemplateFailure.type("%c requires an int or a unicode character, not " + PyTypes.typeName(v));
    }

    private static void pad(StringBuilder out, String text, Spec spec, boolean numeric) {
        int length = PyStrings.length(text);
        if (spec.width() <= length) {
            out.append(text);
            return;
        }
        int fill = spec.width() - length;
        if (spec.left()) {
            out.append(text).append(" ".repeat(fill));
        } else if (spec.zero() && numeric && !text.endsWith("inf") && !text.endsWith("nan")
                && !text.endsWith("INF") && !text.endsWith("NAN")) {
            int split = signAndPrefixLength(text);
            out.append(text, 0, split).append("0".repeat(fill)).append(text, split, text.length());
        } else {
            out.append(" ".repeat(fill)).append(text);
        }
    }

    private static int signAndPrefixLength(String text) {
        int i = 0;
        if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+' || text.charAt(i) == ' ')) {
            i++;
        }
        if (i + 1 < text.length() && text.charAt(i) == '0' && "xXo".indexOf(text.charAt(i + 1)) >= 0) {
            i += 2;
        }
        return i;
    }
}
