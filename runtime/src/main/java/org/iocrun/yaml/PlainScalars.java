package org.iocrun.yaml;

import java.math.BigInteger;

/**
 * Types an untagged plain scalar exactly as ibek's ruamel.yaml {@code YAML(typ="safe")} does with its
 * YAML 1.2 resolver: core-schema null/bool/int/float plus ruamel's extras ({@code 1_000} and binary
 * integers, timestamps as dates). Hand-written matchers instead of regular expressions because this runs
 * for every scalar at every IOC start, and the patterns here are the resolver's, transcribed.
 */
final class PlainScalars {

    private PlainScalars() {
    }

    /**
     * The value of a plain scalar: {@code null}, {@link Boolean}, {@link Long}, {@link BigInteger},
     * {@link Double}, a {@link java.time.LocalDate}/{@link java.time.LocalDateTime}, or the text itself.
     */
    static Object resolve(String text) throws ScalarFormatException {
        if (text.isEmpty()) {
            return null;
        }
        return switch (text.charAt(0)) {
            case '~', 'n', 'N' -> isNull(text) ? null : text;
            case 't', 'T', 'f', 'F' -> bool(text);
            case '-', '+', '.', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(text);
            default -> text;
        };
    }

    private static boolean isNull(String text) {
        return switch (text) {
            case "~", "null", "Null", "NULL" -> true;
            default -> false;
        };
    }

    private static Object bool(String text) {
        return switch (text) {
            case "true", "True", "TRUE" -> Boolean.TRUE;
            case "false", "False", "FALSE" -> Boolean.FALSE;
            default -> text;
        };
    }

    private static Object number(String text) throws ScalarFormatException {
        if (isFloat(text)) {
            return toDouble(text);
        }
        Object integer = integer(text);
        if (integer != null) {
            return integer;
        }
        Object timestamp = Character.isDigit(text.charAt(0)) ? Timestamps.parse(text) : null;
        return timestamp != null ? timestamp : text;
    }

    /**
     * The resolver's float alternatives: {@code 1.5 1. 1.5e3} / {@code 1e3} / {@code .5 .5e+3} (this one
     * needs an exponent sign) / {@code .inf} with optional sign / {@code .nan} without sign.
     */
    static boolean isFloat(String s) {
        int n = s.length();
        int i = 0;
        boolean signed = s.charAt(0) == '-' || s.charAt(0) == '+';
        if (signed) {
            i++;
        }
        if (i >= n) {
            return false;
        }
        if (s.charAt(i) == '.') {
            String rest = s.substring(i + 1);
            if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
                return true;
            }
            if (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN")) {
                return !signed;
            }
            int end = skipDigitsAndUnderscores(s, i + 1);
            return end > i + 1 && (end == n || isExponent(s, end, true));
        }
        if (!AsciiDigits.isDigit(s.charAt(i))) {
            return false;
        }
        int end = skipDigitsAndUnderscores(s, i + 1);
        if (end < n && s.charAt(end) == '.') {
            end = skipDigitsAndUnderscores(s, end + 1);
            return end == n || isExponent(s, end, false);
        }
        return end < n && isExponent(s, end, false);
    }

    /** {@code [eE][-+]?[0-9]+} from {@code from} to the end of {@code s}. */
    private static boolean isExponent(String s, int from, boolean signRequired) {
        int n = s.length();
        int i = from;
        if (i >= n || (s.charAt(i) != 'e' && s.charAt(i) != 'E')) {
            return false;
        }
        i++;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        } else if (signRequired) {
            return false;
        }
        if (i >= n) {
            return false;
        }
        for (; i < n; i++) {
            if (!AsciiDigits.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static Double toDouble(String text) {
        String s = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        boolean negative = s.charAt(0) == '-';
        String unsigned = negative || s.charAt(0) == '+' ? s.substring(1) : s;
        double value = switch (unsigned) {
            case ".inf" -> Double.POSITIVE_INFINITY;
            case ".nan" -> Double.NaN;
            default -> Double.parseDouble(unsigned);
        };
        return negative ? -value : value;
    }

    /**
     * The resolver's int alternatives {@code [-+]?0b[01_]+ | [-+]?0o?[0-7_]+ | [-+]?[0-9_]+ |
     * [-+]?0x[0-9a-fA-F_]+}, or {@code null} when the text is not one. Texts the resolver accepts but
     * ruamel then fails to convert (only underscores, such as {@code -_}) stay strings.
     */
    static Object integer(String text) {
        boolean negative = text.charAt(0) == '-';
        int start = negative || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            return null;
        }
        String body = text.substring(start);
        int radix;
        String digits;
        if (body.startsWith("0b")) {
            radix = 2;
            digits = body.substring(2);
        } else if (body.startsWith("0x")) {
            radix = 16;
            digits = body.substring(2);
        } else if (body.startsWith("0o")) {
            radix = 8;
            digits = body.substring(2);
        } else {
            radix = 10;
            digits = body;
        }
        if (digits.isEmpty() || !allDigitsOrUnderscores(digits, radix)) {
            return null;
        }
        String clean = digits.replace("_", "");
        if (clean.isEmpty()) {
            return null;
        }
        return toInteger(negative ? "-" + clean : clean, radix);
    }

    /** A Long when it fits, else a BigInteger: Python ints are unbounded. */
    static Object toInteger(String signedDigits, int radix) {
        BigInteger big = new BigInteger(signedDigits, radix);
        return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
    }

    private static boolean allDigitsOrUnderscores(String s, int radix) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean digit = c < 128 && Character.digit(c, radix) >= 0;
            if (!digit && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static int skipDigitsAndUnderscores(String s, int from) {
        int i = from;
        while (i < s.length() && (AsciiDigits.isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        return i;
    }
}
