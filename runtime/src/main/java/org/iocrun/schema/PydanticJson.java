package org.iocrun.schema;

import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Schema text exactly as ibek writes it: pydantic's key order (sorted, except the children of {@code properties}
 * and of {@code default}, which keep their order) printed as Python's {@code json.dumps(schema, indent=2)} prints
 * (ASCII only, {@code ": "} after keys, Python's float repr). Byte-equal output keeps committed schemas diffable
 * against ibek's.
 */
public final class PydanticJson {

    private static final String INDENT = "  ";

    private PydanticJson() {
    }

    /** The text, without a final newline (ibek adds one when writing a file). */
    public static String write(JsonNode schema) {
        StringBuilder out = new StringBuilder();
        value(schema, null, false, 0, out);
        return out.toString();
    }

    /**
     * @param propertySchema the node is the schema of a property (a child of a {@code properties} map); pydantic
     *                       leaves such a schema unsorted when the property is named "default" or "properties", but
     *                       then its own insertion order is the sorted one, so we always sort it
     */
    private static void value(JsonNode node, String parentKey, boolean propertySchema, int depth, StringBuilder out) {
        if (node.isObject()) {
            object(node, parentKey, propertySchema, depth, out);
        } else if (node.isArray()) {
            array(node, parentKey, depth, out);
        } else {
            scalar(node, out);
        }
    }

    private static void object(JsonNode node, String parentKey, boolean propertySchema, int depth, StringBuilder out) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
        if (entries.isEmpty()) {
            out.append("{}");
            return;
        }
        boolean keepOrder = "properties".equals(parentKey) || "default".equals(parentKey);
        if (propertySchema || !keepOrder) {
            entries.sort(Map.Entry.comparingByKey());
        }
        out.append('{');
        String separator = "\n";
        for (Map.Entry<String, JsonNode> entry : entries) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            string(entry.getKey(), out);
            out.append(": ");
            value(entry.getValue(), entry.getKey(), "properties".equals(parentKey) && !propertySchema, depth + 1, out);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append('}');
    }

    private static void array(JsonNode node, String parentKey, int depth, StringBuilder out) {
        if (node.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        String separator = "\n";
        for (JsonNode item : node) {
            out.append(separator).append(INDENT.repeat(depth + 1));
            // pydantic sorts list items with the list's own key
            value(item, parentKey, false, depth + 1, out);
            separator = ",\n";
        }
        out.append('\n').append(INDENT.repeat(depth)).append(']');
    }

    private static void scalar(JsonNode node, StringBuilder out) {
        if (node.isString()) {
            string(node.stringValue(), out);
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            out.append(PythonFloat.repr(node.doubleValue()));
        } else {
            string(node.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    static final class PythonFloat {

        private PythonFloat() {
        }

        static String repr(double d) {
            if (Double.isNaN(d)) {
                return "NaN";
            }
            if (Double.isInfinite(d)) {
                return d > 0 ? "Infinity" : "-Infinity";
            }
            if (d == 0) {
                return (1 / d < 0) ? "-0.0" : "0.0";
            }
            BigDecimal shortest = shortest(Math.abs(d));
            String digits = shortest.unscaledValue().toString();
            int exponent = digits.length() - 1 - shortest.scale();
            String sign = d < 0 ? "-" : "";
            if (exponent < -4 || exponent >= 16) {
                String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
                return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
            }
            String plain = shortest.toPlainString();
            return sign + (plain.contains(".") ? plain : plain + ".0");
        }

        /** Java prints at least two digits ({@code 4.9E-324}); Python the fewest that read back the same ({@code 5e-324}). */
        private static BigDecimal shortest(double positive) {
            BigDecimal digits = new BigDecimal(Double.toString(positive)).stripTrailingZeros();
            while (digits.precision() > 1) {
                BigDecimal fewer = digits.round(new java.math.MathContext(digits.precision() - 1, java.math.RoundingMode.HALF_EVEN));
                if (fewer.doubleValue() != positive) {
                    break;
                }
                digits = fewer.stripTrailingZeros();
            }
            return digits;
        }
    }
}
