package org.iocrun.templating.builtins;

import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyOps;
import org.iocrun.templating.python.PyStrings;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;

/** Jinja's numeric filters: {@code int}, {@code float}, {@code round}, {@code abs}, {@code filesizeformat}. */
final class NumberFilters {

    private NumberFilters() {
    }

    static void register(Map<String, JinjaFilter> f) {
        f.put("int", (v, a, c) -> {
            Object[] p = a.bind("do_int", new String[] {"default", "base"}, new Object[] {0L, 10L});
            return toInt(v, p[0], PyNumbers.index(p[1], "'%s' object cannot be interpreted as an integer"));
        });
        f.put("float", (v, a, c) -> {
            Object[] p = a.bind("do_float", new String[] {"default"}, new Object[] {0.0});
            Double d = toFloat(v);
            return d == null ? p[0] : d;
        });
        f.put("round", (v, a, c) -> {
            Object[] p = a.bind("do_round", new String[] {"precision", "method"}, new Object[] {0L, "common"});
            return round(v, p[0], p[1]);
        });
        f.put("abs", (v, a, c) -> {
            a.expectPositional("abs", 0, 0);
            return PyOps.abs(v);
        });
        f.put("filesizeformat", (v, a, c) -> {
            Object[] p = a.bind("do_filesizeformat", new String[] {"binary"}, new Object[] {false});
            return fileSize(v, org.iocrun.templating.python.PyProtocols.truthy(p[0]));
        });
    }

    /**
     * Jinja's {@code do_int}: {@code int(value, base)}, else {@code int(float(value))}, else the default. A float
     * value goes to {@code int(value)} first, whose OverflowError for infinity Jinja does not catch.
     */
    static Object toInt(Object v, Object dflt, long base) {
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        if (v instanceof String s) {
            BigInteger parsed = parseInt(s, (int) base);
            if (parsed != null) {
                return PyNumbers.normalize(parsed);
            }
        } else if (PyNumbers.isIntOrBool(v)) {
            return PyNumbers.normalize(PyNumbers.asBig(v));
        } else if (PyNumbers.isFloat(v)) {
            return truncate(PyNumbers.asDouble(v), dflt);
        }
        // int(float(value)) with its ValueError (nan) and OverflowError (inf, "1e10000") caught: the default
        Double d = toFloat(v);
        return d == null || d.isNaN() || d.isInfinite() ? dflt : truncate(d, dflt);
    }

    private static Object truncate(double d, Object dflt) {
        if (Double.isNaN(d)) {
            return dflt;
        }
        if (Double.isInfinite(d)) {
            throw TemplateFailure.arithmetic("cannot convert float infinity to integer");
        }
        return PyNumbers.normalize(new BigDecimal(d).toBigInteger());
    }

    /** Python's {@code int(text, base)}: whitespace, sign, underscores between digits, base prefixes; null if invalid. */
    static BigInteger parseInt(String text, int base) {
        String s = strip(text);
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int radix = base;
        if (s.length() > 1 && s.charAt(0) == '0' && Character.isLetter(s.charAt(1))) {
            int prefixRadix = switch (Character.toLowerCase(s.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                case 'b' -> 2;
                default -> 0;
            };
            if (prefixRadix != 0 && (base == 0 || base == prefixRadix)) {
                radix = prefixRadix;
                s = s.substring(2);
                if (s.startsWith("_")) {
                    s = s.substring(1);
                }
            }
        }
        if (radix == 0) {
            radix = 10;
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").chars().allMatch(ch -> ch == '0')) {
                return null;
            }
        }
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__") || radix < 2 || radix > 36) {
            return null;
        }
        String digits = s.replace("_", "");
        for (int i = 0; i < digits.length(); i++) {
            if (Character.digit(digits.charAt(i), radix) < 0) {
                return null;
            }
        }
        BigInteger value = new BigInteger(digits, radix);
        return negative ? value.negate() : value;
    }

    /** Python's {@code float(value)} for str, int, bool and float; null where Python raises. */
    static Double toFloat(Object v) {
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        if (PyNumbers.isNumber(v)) {
            return PyNumbers.asDouble(v);
        }
        if (!(v instanceof String s)) {
            return null;
        }
        String t = strip(s).toLowerCase(Locale.ROOT);
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        switch (body) {
            case "inf", "infinity" -> {
                return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        if (!isDecimalLiteral(body)) {
            return null;
        }
        return Double.parseDouble(t.replace("_", ""));
    }

    /** digits with optional fraction and exponent, underscores only between digits. */
    private static boolean isDecimalLiteral(String s) {
        int i = 0;
        int n = s.length();
        int mantissaDigits = 0;
        boolean lastDigit = false;
        while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            if (s.charAt(i) == '_' && (!lastDigit || i + 1 >= n || !Character.isDigit(s.charAt(i + 1)))) {
                return false;
            }
            lastDigit = s.charAt(i) != '_';
            mantissaDigits += lastDigit ? 1 : 0;
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            lastDigit = false;
            while (i < n && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                if (s.charAt(i) == '_' && (!lastDigit || i + 1 >= n || !Character.isDigit(s.charAt(i + 1)))) {
                    return false;
                }
                lastDigit = s.charAt(i) != '_';
                mantissaDigits += lastDigit ? 1 : 0;
                i++;
            }
        }
        if (mantissaDigits == 0) {
            return false;
        }
        if (i < n && s.charAt(i) == 'e') {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                return false;
            }
        }
        return i == n && s.chars().allMatch(ch -> ch < 0x80);
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && PyStrings.isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && PyStrings.isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Jinja's {@code do_round}: Python's half-to-even {@code round()}, or ceil/floor at a precision. */
    static Object round(Object v, Object precisionValue, Object method) {
        if (!"common".equals(method) && !"ceil".equals(method) && !"floor".equals(method)) {
            throw TemplateFailure.runtime("method must be common, ceil or floor");
        }
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        long precision = PyNumbers.index(precisionValue, "'%s' object cannot be interpreted as an integer");
        if (method.equals("common")) {
            if (PyNumbers.isIntOrBool(v)) {
                if (precision >= 0) {
                    return PyNumbers.normalize(PyNumbers.asBig(v));
                }
                BigDecimal rounded = new BigDecimal(PyNumbers.asBig(v)).setScale((int) precision, RoundingMode.HALF_EVEN);
                return PyNumbers.normalize(rounded.toBigInteger());
            }
            if (!PyNumbers.isFloat(v)) {
                throw TemplateFailure.type("type " + org.iocrun.templating.python.PyTypes.typeName(v)
                        + " doesn't define __round__ method");
            }
            double d = PyNumbers.asDouble(v);
            if (!Double.isFinite(d)) {
                return d;
            }
            return new BigDecimal(d).setScale((int) Math.max(-400, Math.min(precision, 400)), RoundingMode.HALF_EVEN)
                    .doubleValue();
        }
        Object scale = PyOps.power(10L, precision);
        // math.ceil / math.floor of value * 10 ** precision: exact for ints, Python's errors for the rest
        Object scaled = PyOps.multiply(v, scale);
        if (PyNumbers.isIntOrBool(scaled)) {
            return PyOps.trueDivide(PyNumbers.normalize(PyNumbers.asBig(scaled)), scale);
        }
        if (!PyNumbers.isFloat(scaled)) {
            throw TemplateFailure.type("must be real number, not " + org.iocrun.templating.python.PyTypes.typeName(scaled));
        }
        double d = PyNumbers.asDouble(scaled);
        if (Double.isNaN(d)) {
            throw TemplateFailure.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw TemplateFailure.arithmetic("cannot convert float infinity to integer");
        }
        double whole = method.equals("ceil") ? Math.ceil(d) : Math.floor(d);
        return PyOps.trueDivide(PyNumbers.normalize(new BigDecimal(whole).toBigInteger()), scale);
    }

    private static String fileSize(Object v, boolean binary) {
        Double size = toFloat(v);
        if (size == null && !(v instanceof String)) {
            throw TemplateFailure.type("float() argument must be a string or a real number, not '"
                    + org.iocrun.templating.python.PyTypes.typeName(v) + "'");
        }
        if (size == null) {
            throw TemplateFailure.value("could not convert string to float: " + org.iocrun.templating.python.PyText.repr(v));
        }
        double bytes = size;
        int base = binary ? 1024 : 1000;
        String[] prefixes = binary ? new String[] {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"}
                : new String[] {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < base) {
            return new BigDecimal(bytes).toBigInteger() + " Bytes";
        }
        double unit = 0;
        String prefix = "";
        for (int i = 0; i < prefixes.length; i++) {
            unit = Math.pow(base, i + 2);
            prefix = prefixes[i];
            if (bytes < unit) {
                break;
            }
        }
        return org.iocrun.templating.python.FloatText.fixed(base * bytes / unit, 1, false) + " " + prefix;
    }
}
