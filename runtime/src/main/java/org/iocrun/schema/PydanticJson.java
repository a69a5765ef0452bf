package org.iocrun.schema;

import org.iocrun.templating.python.FloatText;
import org.iocrun.templating.python.JsonText;

import tools.jackson.databind.JsonNode;

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
            JsonText.quote(entry.getKey(), out);
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
            JsonText.quote(node.stringValue(), out);
        } else if (node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isBoolean()) {
            out.append(node.booleanValue() ? "true" : "false");
        } else if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue());
        } else if (node.isNumber()) {
            out.append(PythonFloat.repr(node.doubleValue()));
        } else {
            JsonText.quote(node.toString(), out);
        }
    }

    /** How json.dumps writes a float: Python's repr, except the non-finite values JSON lacks. */
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
            return FloatText.repr(d);
        }
    }
}
