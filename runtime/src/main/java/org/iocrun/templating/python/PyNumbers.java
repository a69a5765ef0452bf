package org.iocrun.templating.python;

import java.math.BigInteger;

/** Classification and conversion of Python numbers: int is Long/BigInteger (Integer accepted), bool is an int. */
public final class PyNumbers {

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private PyNumbers() {
    }

    /** An int proper (not bool). */
    public static boolean isInt(Object v) {
        return v instanceof Long || v instanceof Integer || v instanceof BigInteger || v instanceof Short
                || v instanceof Byte;
    }

    /** An int for arithmetic: Python's bool is a subclass of int. */
    public static boolean isIntOrBool(Object v) {
        return isInt(v) || v instanceof Boolean;
    }

    public static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    public static boolean isNumber(Object v) {
        return isIntOrBool(v) || isFloat(v);
    }

    /** Whether an int value fits a long (BigInteger values are kept normalised, so only they may not). */
    public static boolean isSmall(Object v) {
        return !(v instanceof BigInteger);
    }

    public static long asLong(Object v) {
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        return ((Number) v).longValue();
    }

    public static BigInteger asBig(Object v) {
        if (v instanceof BigInteger b) {
            return b;
        }
        return BigInteger.valueOf(asLong(v));
    }

    /** Python's {@code float(int)}: exact rounding; an int beyond the float range is an OverflowError. */
    public static double asDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof BigInteger b) {
            double d = b.doubleValue();
            if (Double.isInfinite(d)) {
                throw TemplateFailure.arithmetic("int too large to convert to float");
            }
            return d;
        }
        if (v instanceof Float f) {
            return f;
        }
        return asLong(v);
    }

    /** A BigInteger result as Long when it fits, so small ints always have one representation. */
    public static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** The index value of an int-like (Python {@code __index__}), or a TypeError naming what it was used for. */
    public static long index(Object v, String purpose) {
        if (isIntOrBool(v)) {
            if (v instanceof BigInteger b) {
                if (b.compareTo(LONG_MIN) < 0 || b.compareTo(LONG_MAX) > 0) {
                    throw TemplateFailure.arithmetic("Python int too large to convert to C ssize_t");
                }
                return b.longValue();
            }
            return asLong(v);
        }
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        throw TemplateFailure.type(purpose.replace("%s", PyTypes.typeName(v)));
    }

    /** {@code index(v)} for a count or position argument that must fit an int (string repetition, list index). */
    public static int intIndex(Object v, String purpose) {
        long n = index(v, purpose);
        if (n > Integer.MAX_VALUE) {
            throw TemplateFailure.arithmetic("cannot fit 'int' into an index-sized integer");
        }
        return (int) Math.max(n, Integer.MIN_VALUE);
    }
}
