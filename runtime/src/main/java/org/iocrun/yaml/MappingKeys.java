package org.iocrun.yaml;

import org.iocrun.yaml.YNode.YScalar;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * When two mapping keys are the same key. ibek's mappings are Python dicts, where {@code 1}, {@code 1.0}
 * and {@code true} are one key; normalising numbers to a canonical form gives Java the same equality.
 */
final class MappingKeys {

    /** Python's None as a key; Java maps would also take null, but a named value reads better. */
    private static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    private MappingKeys() {
    }

    static Object identity(YScalar key) {
        Object value = key.value();
        // instanceof rather than a type-pattern switch: keys are mostly strings, and this runs at every start
        if (value instanceof String) {
            return value;
        }
        if (value == null) {
            return NONE;
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
        }
        if (value instanceof Double d) {
            return integral(d);
        }
        return value;
    }

    private static Object integral(double d) {
        if (Double.isFinite(d) && d == Math.rint(d)) {
            BigInteger big = new BigDecimal(d).toBigInteger();
            return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
        }
        return d;
    }
}
