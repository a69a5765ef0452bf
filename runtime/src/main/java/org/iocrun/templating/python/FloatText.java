package org.iocrun.templating.python;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float-to-text conversions: {@code repr()} (shortest round-trip digits, exponent form below 1e-4 and
 * from 1e16) and the printf-style fixed, exponent and general forms, rounded half-to-even on the exact binary
 * value as C's printf does.
 */
public final class FloatText {

    private FloatText() {
    }

    /** The shortest digits that read back as the value, with the decimal exponent of the first digit. */
    record Shortest(String digits, int exponent) {
    }

    /** Python's {@code repr(float)}, which is also its {@code str()}. */
    public static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String sign = (x < 0 || (x == 0 && 1 / x < 0)) ? "-" : "";
        if (x == 0) {
            return sign + "0.0";
        }
        double abs = Math.abs(x);
        if (abs < 1e16 && abs == Math.rint(abs)) {
            // integral values print as their digits and ".0"; skips the general digit search for 10.0, 50.0, ...
            return sign + (long) abs + ".0";
        }
        Shortest s = shortest(abs);
        String digits = s.digits();
        int exp = s.exponent();
        if (exp >= -4 && exp < 16) {
            return sign + fixedFromDigits(digits, exp, 1);
        }
        StringBuilder out = new StringBuilder(sign).append(digits.charAt(0));
        if (digits.length() > 1) {
            out.append('.').append(digits, 1, digits.length());
        }
        return out.append('e').append(exponentText(exp)).toString();
    }

    /**
     * Digits "d1d2..dn" with value d1.d2..dn * 10^exp written in plain notation, with at least
     * {@code minFraction} fraction digits.
     */
    static String fixedFromDigits(String digits, int exp, int minFraction) {
        StringBuilder out = new StringBuilder();
        String fraction;
        if (exp >= 0) {
            if (digits.length() <= exp + 1) {
                out.append(digits).append("0".repeat(exp + 1 - digits.length()));
                fraction = "";
            } else {
                out.append(digits, 0, exp + 1);
                fraction = digits.substring(exp + 1);
            }
        } else {
            out.append('0');
            fraction = "0".repeat(-exp - 1) + digits;
        }
        if (fraction.length() < minFraction) {
            fraction = fraction + "0".repeat(minFraction - fraction.length());
        }
        if (!fraction.isEmpty()) {
            out.append('.').append(fraction);
        }
        return out.toString();
    }

    static String exponentText(int exp) {
        String abs = Integer.toString(Math.abs(exp));
        return (exp < 0 ? "-" : "+") + (abs.length() < 2 ? "0" + abs : abs);
    }

    /**
     * The shortest round-trip digits of a positive finite double. Java's {@code Double.toString} (JDK 19+) already
     * gives the shortest digits except that it never prints one digit where two are as short as it allows; that
     * case is corrected to Python's choice.
     */
    static Shortest shortest(double x) {
        String s = Double.toString(x);
        int e = s.indexOf('E');
        int exp = 0;
        String mantissa = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mantissa = s.substring(0, e);
        }
        int dot = mantissa.indexOf('.');
        String whole = mantissa.substring(0, dot);
        String digits = whole + mantissa.substring(dot + 1);
        exp += whole.length() - 1;
        int lead = 0;
        while (lead < digits.length() - 1 && digits.charAt(lead) == '0') {
            lead++;
        }
        digits = digits.substring(lead);
        exp -= lead;
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') {
            end--;
        }
        digits = digits.substring(0, end);
        if (digits.length() == 2) {
            Shortest one = oneDigit(x, digits, exp);
            if (one != null) {
                return one;
            }
        }
        return new Shortest(digits, exp);
    }

    private static Shortest oneDigit(double x, String two, int exp) {
        int first = two.charAt(0) - '0';
        Shortest best = null;
        BigDecimal bestDistance = null;
        for (int d = first; d <= first + 1; d++) {
            Shortest candidate = d == 10 ? new Shortest("1", exp + 1) : new Shortest(Integer.toString(d), exp);
            // parsing rounds correctly, as doubleValue() does: the cheap test first, exact arithmetic only on a hit
            if (Double.parseDouble(candidate.digits() + "E" + candidate.exponent()) != x) {
                continue;
            }
            BigDecimal value = new BigDecimal(candidate.digits()).scaleByPowerOfTen(candidate.exponent());
            if (value.doubleValue() == x) {
                BigDecimal distance = value.subtract(new BigDecimal(x)).abs();
                if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** {@code '%.Nf' % x}: fixed notation rounded half-to-even on the binary value. */
    public static String fixed(double x, int precision, boolean alternate) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        String sign = negative(x) ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(x));
        // A double has at most 1074 fraction digits; past them Python prints zeros, and scaling a BigDecimal to a
        // precision of millions would take seconds.
        int exactScale = Math.max(exact.scale(), 0);
        if (precision > exactScale) {
            String text = exact.setScale(exactScale, RoundingMode.UNNECESSARY).toPlainString();
            return sign + text + (exactScale == 0 ? "." : "") + "0".repeat(precision - exactScale);
        }
        String text = exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        if (alternate && precision == 0) {
            text += ".";
        }
        return sign + text;
    }

    /** {@code '%.Ne' % x}: one digit, N fraction digits, exponent of at least two digits. */
    public static String exponent(double x, int precision, boolean alternate) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        String sign = negative(x) ? "-" : "";
        String digits;
        int exp;
        if (x == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal rounded = roundToDigits(Math.abs(x), precision + 1);
            String unscaled = rounded.unscaledValue().toString();
            exp = unscaled.length() - 1 - rounded.scale();
            digits = (unscaled + "0".repeat(precision + 1)).substring(0, precision + 1);
        }
        StringBuilder out = new StringBuilder(sign).append(digits.charAt(0));
        if (precision > 0 || alternate) {
            out.append('.').append(digits, 1, digits.length());
        }
        return out.append('e').append(exponentText(exp)).toString();
    }

    /**
     * {@code '%.Ng' % x}: N significant digits, exponent form when the exponent is below -4 or at least N,
     * trailing zeros removed unless {@code alternate}. With {@code keepPoint} (format()'s no-type form) a fixed
     * result keeps at least one fraction digit.
     */
    public static String general(double x, int precision, boolean alternate, boolean keepPoint) {
        if (!Double.isFinite(x)) {
            return nonFinite(x);
        }
        int p = precision == 0 ? 1 : precision;
        int exp;
        if (x == 0) {
            exp = 0;
        } else {
            BigDecimal rounded = roundToDigits(Math.abs(x), p);
            exp = rounded.precision() - rounded.scale() - 1;
        }
        String text;
        if (exp >= -4 && exp < p) {
            text = fixed(x, p - 1 - exp, alternate);
        } else {
            text = exponent(x, p - 1, alternate);
        }
        if (!alternate) {
            text = stripZeros(text);
        }
        if (keepPoint && text.indexOf('.') < 0 && text.indexOf('e') < 0) {
            text = text + ".0";
        }
        return text;
    }

    /** The value to {@code digits} significant digits; exact (no work) when the double has no more than that. */
    private static BigDecimal roundToDigits(double x, int digits) {
        BigDecimal exact = new BigDecimal(x);
        return digits >= exact.precision() ? exact : exact.round(new MathContext(digits, RoundingMode.HALF_EVEN));
    }

    private static String stripZeros(String text) {
        int e = text.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        String tail = e < 0 ? "" : text.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            int end = mantissa.length();
            while (mantissa.charAt(end - 1) == '0') {
                end--;
            }
            if (mantissa.charAt(end - 1) == '.') {
                end--;
            }
            mantissa = mantissa.substring(0, end);
        }
        return mantissa + tail;
    }

    private static boolean negative(double x) {
        return x < 0 || (x == 0 && 1 / x < 0);
    }

    private static String nonFinite(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        return x > 0 ? "inf" : "-inf";
    }
}
