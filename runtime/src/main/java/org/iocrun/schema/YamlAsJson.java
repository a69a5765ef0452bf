package org.iocrun.schema;

import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How a YAML node reads as a JSON value for schema validation, as an editor's YAML language server reads it: YAML
 * 1.2 core types, with timestamps (which ruamel.yaml types as dates) read as the strings they are in JSON.
 */
final class YamlAsJson {

    private YamlAsJson() {
    }

    /** The JSON Schema type names the node satisfies ("integer" values are also "number"s). */
    static boolean hasType(YNode node, String type) {
        return switch (type) {
            case "object" -> node instanceof YMap;
            case "array" -> node instanceof YList;
            case "null" -> node instanceof YScalar s && s.value() == null;
            case "boolean" -> node instanceof YScalar s && s.value() instanceof Boolean;
            case "integer" -> node instanceof YScalar s && isInteger(s.value());
            case "number" -> node instanceof YScalar s && (s.value() instanceof Number);
            case "string" -> stringValue(node) != null;
            default -> false;
        };
    }

    /** The node's text when it is a JSON string, else null. */
    static String stringValue(YNode node) {
        if (!(node instanceof YScalar s) || s.value() == null) {
            return null;
        }
        return s.value() instanceof String text ? text
                : s.value() instanceof java.time.temporal.TemporalAccessor ? s.text() : null;
    }

    /** Whether a scalar equals a JSON value ({@code const}, {@code enum}); numbers compare by value. */
    static boolean isEqual(YNode node, JsonNode json) {
        if (!(node instanceof YScalar s)) {
            return false;
        }
        Object value = s.value();
        if (json.isNull()) {
            return value == null;
        }
        if (json.isString()) {
            return json.stringValue().equals(stringValue(node));
        }
        if (json.isBoolean()) {
            return value instanceof Boolean b && b == json.booleanValue();
        }
        if (value instanceof Double d && !Double.isFinite(d)) {
            return false;
        }
        if (json.isNumber() && value instanceof Number n) {
            return decimal(n).compareTo(json.decimalValue()) == 0;
        }
        return false;
    }

    /** "a string ('abc')", "an integer (5)", "a mapping": what the user wrote, for messages. */
    static String describe(YNode node) {
        if (node instanceof YScalar s && s.value() != null) {
            return s.kindName() + " ('" + s.text() + "')";
        }
        return node.kindName();
    }

    private static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof BigInteger
                || (value instanceof Double d && !d.isInfinite() && d == Math.rint(d));
    }

    private static BigDecimal decimal(Number n) {
        return switch (n) {
            case Long l -> BigDecimal.valueOf(l);
            case BigInteger b -> new BigDecimal(b);
            default -> BigDecimal.valueOf(n.doubleValue());
        };
    }
}
