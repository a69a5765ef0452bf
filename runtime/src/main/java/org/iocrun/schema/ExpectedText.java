package org.iocrun.schema;

import org.iocrun.schema.typing.JinjaString;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A schema in words, for "expected ..." messages: "an integer or a Jinja template string", "one of: Pos, Neg". */
final class ExpectedText {

    private static final int MAX_LISTED = 8;

    private final SchemaDocument document;

    ExpectedText(SchemaDocument document) {
        this.document = document;
    }

    String of(JsonNode schema) {
        Set<String> alternatives = new LinkedHashSet<>();
        collect(schema, alternatives, 0);
        if (alternatives.isEmpty()) {
            return "any value";
        }
        List<String> list = new ArrayList<>(alternatives);
        return list.size() == 1 ? list.getFirst()
                : String.join(", ", list.subList(0, list.size() - 1)) + " or " + list.getLast();
    }

    private void collect(JsonNode schema, Set<String> out, int depth) {
        if (depth > 20 || schema == null || !schema.isObject()) {
            return;
        }
        if (schema.has("$ref")) {
            document.resolve(schema.get("$ref").asString()).ifPresent(target -> collect(target, out, depth + 1));
        }
        for (String union : List.of("anyOf", "oneOf")) {
            if (schema.has(union)) {
                schema.get(union).forEach(branch -> collect(branch, out, depth + 1));
            }
        }
        if (schema.has("const")) {
            out.add(quoted(schema.get("const")));
        } else if (schema.has("enum")) {
            out.add(oneOf(schema.get("enum")));
        } else if (schema.has("type")) {
            JsonNode type = schema.get("type");
            if (type.isArray()) {
                type.forEach(t -> out.add(typeName(t.asString(), schema)));
            } else {
                out.add(typeName(type.asString(), schema));
            }
        }
    }

    private static String typeName(String type, JsonNode schema) {
        return switch (type) {
            case "string" -> !schema.has("pattern") ? "a string"
                    : JinjaString.PATTERN.equals(schema.get("pattern").asString()) ? "a Jinja template string ({{ ... }})"
                    : "a string matching " + schema.get("pattern").asString();
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "array" -> "a list";
            case "object" -> "a mapping";
            case "null" -> "nothing (null)";
            default -> type;
        };
    }

    private static String oneOf(JsonNode values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(quoted(v)));
        if (names.size() > MAX_LISTED) {
            return "one of: " + String.join(", ", names.subList(0, MAX_LISTED)) + ", ... (" + names.size() + " values)";
        }
        return "one of: " + String.join(", ", names);
    }

    private static String quoted(JsonNode value) {
        return value.isString() ? "'" + value.asString() + "'" : value.toString();
    }
}
