package org.iocrun.loading;

import org.iocrun.loading.YNode.YScalar;

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
        return switch (key.value()) {
            case null -> NONE;
            case Boolean b -> b ? 1L : 0L;
            case BigInteger big -> big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
            case Double d -> integral(d);
            case Object other -> other;
        };
    }

    private static Object integral(double d) {
        if (Double.isFinite(d) && d == Math.rint(d)) {
            BigInteger big = new BigDecimal(d).toBigInteger();
            return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
        }
        return d;
    }
}
