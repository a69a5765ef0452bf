package org.iocrun.templating.python;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/** Python's arithmetic operators over template values, with Python's result types and error messages. */
public final class PyOps {

    private static final long EXACT_DOUBLE = 1L << 53;
    /** Bounds int ** int so a template cannot make the JVM compute a gigantic number. */
    private static final long MAX_POWER_BITS = 1L << 20;

    private PyOps() {
    }

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x + y;
            return ((x ^ r) & (y ^ r)) < 0 ? PyNumbers.normalize(BigInteger.valueOf(x).add(BigInteger.valueOf(y))) : r;
        }
        if (a instanceof String s && b instanceof String t) {
            return s.concat(t);
        }
        checkDefined(a, b);
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            if (PyNumbers.isFloat(a) || PyNumbers.isFloat(b)) {
                return PyNumbers.asDouble(a) + PyNumbers.asDouble(b);
            }
            return PyNumbers.normalize(PyNumbers.asBig(a).add(PyNumbers.asBig(b)));
        }
        if (a instanceof List<?> l && b instanceof List<?> m) {
            List<Object> out = new ArrayList<>(l.size() + m.size());
            out.addAll(l);
            out.addAll(m);
            return out;
        }
        if (a instanceof PyTuple t && b instanceof PyTuple u) {
            List<Object> out = new ArrayList<>(t.items());
            out.addAll(u.items());
            return new PyTuple(out);
        }
        if (a instanceof String || a instanceof List<?> || a instanceof PyTuple) {
            throw TemplateFailure.type("can only concatenate " + PyTypes.typeName(a) + " (not \""
                    + PyTypes.typeName(b) + "\") to " + PyTypes.typeName(a));
        }
        throw unsupported("+", a, b);
    }

    public static Object subtract(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long r = x - y;
            return ((x ^ y) & (x ^ r)) < 0 ? PyNumbers.normalize(BigInteger.valueOf(x).subtract(BigInteger.valueOf(y))) : r;
        }
        checkDefined(a, b);
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            if (PyNumbers.isFloat(a) || PyNumbers.isFloat(b)) {
                return PyNumbers.asDouble(a) - PyNumbers.asDouble(b);
            }
            return PyNumbers.normalize(PyNumbers.asBig(a).subtract(PyNumbers.asBig(b)));
        }
        throw unsupported("-", a, b);
    }

    public static Object multiply(Object a, Object b) {
        checkDefined(a, b);
        if (PyNumbers.isNumber(a) && PyNumbers.isNumber(b)) {
            if (PyNumbers.isFloat(a) || PyNumbers.isFloat(b)) {
                return PyNumbers.asDouble(a) * PyNumbers.asDouble(b);
            }
            if (a instanceof Long x && b instanceof Long y) {
                long hi = Math.multiplyHigh(x, y);
                long lo = x * y;
                if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                    return lo;
                }
            }
            return PyNumbers.normalize(PyNumbers.asBig(a).multiply(PyNumbers.asBig(b)));
        }
        if (isSequence(a)) {
            return repeat(a, b);
        }
        if (isSequence(b)) {
            return repeat(b, a);
        }
        throw unsupported("*", a, b);
    }

    public static Object trueDivide(Object a, Object b) {
        checkDefined(a, b);
        if (!PyNumbers.isNumber(a) || !PyNumbers.isNumber(b)) {
            throw unsupported("/", a, b);
        }
        if (PyNumbers.isFloat(a) || PyNumbers.isFloat(b)) {
            double y = PyNumbers.asDouble(b);
            if (y == 0) {
                throw TemplateFailure.arithmetic("float division by zero");
            }
            return PyNumbers.asDouble(a) / y;
        }
        BigInteger x = PyNumbers.asBig(a);
        BigInteger y = PyNumbers.asBig(b);
        if (y.signum() == 0) {
            throw TemplateFailure.arithmetic("division by zero");
        }
        if (x.abs().bitLength() <= 53 && y.abs().bitLength() <= 53) {
            return x.doubleValue() / y.doubleValue();
        }
        double q = new BigDecimal(x).divide(new BigDecimal(y), MathContext.DECIMAL128).doubleValue();
        if (Double.isInfinite(q)) {
            throw TemplateFailure.arithmetic("integer division result too large for a float");
        }
        return q;
    }

    public static Object floorDivide(Object a, Object b) {
        checkDefined(a, b);
        if (!PyNumbers.isNumber(a) || !PyNumbers.isNumber(b)) {
            throw unsupported("//", a, b);
        }
        if (PyNumbers.isFloat(a) || PyNumbers.isFloat(b)) {
            double y = PyNumbers.asDouble(b);
            if (y == 0) {
                throw TemplateFailure.arithmetic("float floor division by zero");
            }
            return floatDivMod(PyNumbers.asDouble(a), y)[0];
        }
        BigInteger y = PyNumbers.asBig(b);
        if (y.signum() == 0) {
            throw TemplateFailure.arithmetic("integer division or modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long yl && !(x == Long.MIN_VALUE && yl == -1)) {
            return Math.floorDiv(x, yl);
        }
        BigInteger[] qr = PyNumbers.asBig(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyNumbers.normalize(q);
    }

    public static Object modulo(Object a, Object b) {
        if (a instanceof String s) {
            return PercentFormat.format(s, b);
        }
        checkDefined(a, b);
        if (!PyNumbers.isNumber(a) || !PyNumbers.isNumber(b)) {
            throw unsupported("%", a, b);
        }
        if (PyNumbers.isFloat(a) || PyNumbers.isFloat(b)) {
            double y = PyNumbers.asDouble(b);
            if (y == 0) {
                throw TemplateFailure.arithmetic("float modulo");
            }
            return floatDivMod(PyNumbers.asDouble(a), y)[1];
        }
        BigInteger y = PyNumbers.asBig(b);
        if (y.signum() == 0) {
            throw TemplateFailure.arithmetic("integer modulo by zero");
        }
        if (a instanceof Long x && b instanceof Long yl) {
            return Math.floorMod(x, yl);
        }
        BigInteger r = PyNumbers.asBig(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) {
            r = r.add(y);
        }
        return PyNumbers.normalize(r);
    }

    public static Object power(Object a, Object b) {
        checkDefined(a, b);
        if (!PyNumbers.isNumber(a) || !PyNumbers.isNumber(b)) {
            throw unsupported("** or pow()", a, b);
        }
        if (!PyNumbers.isFloat(a) && !PyNumbers.isFloat(b)) {
            BigInteger base = PyNumbers.asBig(a);
            BigInteger exp = PyNumbers.asBig(b);
            if (exp.signum() >= 0) {
                return intPower(base, exp);
            }
            if (base.signum() == 0) {
                throw TemplateFailure.arithmetic("0.0 cannot be raised to a negative power");
            }
        }
        return floatPower(PyNumbers.asDouble(a), PyNumbers.asDouble(b));
    }

    public static Object negate(Object a) {
        if (a instanceof Long x) {
            return x == Long.MIN_VALUE ? BigInteger.valueOf(x).negate() : (Object) (-x);
        }
        if (a instanceof Double d) {
            return -d;
        }
        checkDefined(a, a);
        if (PyNumbers.isFloat(a)) {
            return -PyNumbers.asDouble(a);
        }
        if (PyNumbers.isIntOrBool(a)) {
            return PyNumbers.normalize(PyNumbers.asBig(a).negate());
        }
        throw TemplateFailure.type("bad operand type for unary -: '" + PyTypes.typeName(a) + "'");
    }

    public static Object plus(Object a) {
        checkDefined(a, a);
        if (a instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (PyNumbers.isFloat(a)) {
            return PyNumbers.asDouble(a);
        }
        if (PyNumbers.isInt(a)) {
            return PyNumbers.normalize(PyNumbers.asBig(a));
        }
        throw TemplateFailure.type("bad operand type for unary +: '" + PyTypes.typeName(a) + "'");
    }

    /** Python's {@code abs()}. */
    public static Object abs(Object a) {
        checkDefined(a, a);
        if (PyNumbers.isFloat(a)) {
            return Math.abs(PyNumbers.asDouble(a));
        }
        if (PyNumbers.isIntOrBool(a)) {
            return PyNumbers.normalize(PyNumbers.asBig(a).abs());
        }
        throw TemplateFailure.type("bad operand type for abs(): '" + PyTypes.typeName(a) + "'");
    }

    /** Python's float {@code divmod}: floor quotient and a remainder with the divisor's sign. */
    static double[] floatDivMod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static Object intPower(BigInteger base, BigInteger exp) {
        if (base.abs().compareTo(BigInteger.ONE) <= 0) {
            if (base.signum() == 0) {
                return exp.signum() == 0 ? 1L : 0L;
            }
            return base.signum() > 0 || !exp.testBit(0) ? 1L : -1L;
        }
        if (exp.bitLength() > 31 || (long) base.bitLength() * exp.longValue() > MAX_POWER_BITS) {
            throw TemplateFailure.arithmetic("integer power result too large");
        }
        return PyNumbers.normalize(base.pow(exp.intValue()));
    }

    private static Object floatPower(double x, double y) {
        if (x == 0 && y < 0) {
            throw TemplateFailure.arithmetic("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && Double.isFinite(x) && Double.isFinite(y) && y != Math.rint(y)) {
            throw TemplateFailure.type("complex results of ** are not supported");
        }
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw TemplateFailure.arithmetic("(34, 'Numerical result out of range')");
        }
        return r;
    }

    private static boolean isSequence(Object v) {
        return v instanceof String || v instanceof List<?> || v instanceof PyTuple;
    }

    private static final long MAX_REPEATED_LENGTH = TextLimits.MAX_CHARS;

    private static Object repeat(Object sequence, Object count) {
        if (!PyNumbers.isIntOrBool(count)) {
            throw TemplateFailure.type("can't multiply sequence by non-int of type '" + PyTypes.typeName(count) + "'");
        }
        long n = Math.max(0, PyNumbers.index(count, "%s"));
        long size = sequence instanceof String s ? s.length() : PyProtocols.len(sequence);
        // far below what Java arrays allow: a template building megabytes of text is a bug, not a configuration
        if (n > MAX_REPEATED_LENGTH || n * Math.max(size, 1) > MAX_REPEATED_LENGTH) {
            throw TemplateFailure.arithmetic("repeated sequence is too large");
        }
        int times = (int) n;
        return switch (sequence) {
            case String s -> s.repeat(times);
            case List<?> l -> {
                List<Object> out = new ArrayList<>(l.size() * times);
                for (int i = 0; i < times; i++) {
                    out.addAll(l);
                }
                yield out;
            }
            default -> {
                List<Object> out = new ArrayList<>();
                for (int i = 0; i < times; i++) {
                    out.addAll(((PyTuple) sequence).items());
                }
                yield new PyTuple(out);
            }
        };
    }

    private static void checkDefined(Object a, Object b) {
        if (a instanceof Undefined u) {
            throw u.failure();
        }
        if (b instanceof Undefined u) {
            throw u.failure();
        }
    }

    private static TemplateFailure unsupported(String op, Object a, Object b) {
        return TemplateFailure.type("unsupported operand type(s) for " + op + ": '" + PyTypes.typeName(a)
                + "' and '" + PyTypes.typeName(b) + "'");
    }

}
