package org.iocrun.templating;

import org.iocrun.templating.python.AttributeObject;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.TemplateError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON to template values with the conformance vectors' conventions: a number without {@code .} or exponent is an
 * int of any size, any other number a float, key order kept; with {@code objectsAsAttributes} every JSON object
 * (except the top level) is an entity-like object whose {@code __id__} is its text.
 */
public final class JsonValues {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonValues() {
    }

    /** The top-level JSON object as a name mapping. */
    public static Map<String, Object> context(String json, boolean objectsAsAttributes) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected a JSON object of names");
        }
        Map<String, Object> names = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            names.put(e.getKey(), value(e.getValue(), objectsAsAttributes));
        }
        return names;
    }

    public static Object value(JsonNode node, boolean objectsAsAttributes) {
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return PyNumbers.normalize(node.bigIntegerValue());
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>();
            for (JsonNode item : node.values()) {
                items.add(value(item, objectsAsAttributes));
            }
            return items;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            fields.put(e.getKey(), value(e.getValue(), objectsAsAttributes));
        }
        if (objectsAsAttributes) {
            Object id = fields.remove("__id__");
            return new JsonEntity(id == null ? null : id.toString(), fields);
        }
        return new LinkedHashMap<Object, Object>(fields);
    }

    /** An entity-like object read from JSON: prints as its {@code __id__}, attributes are its other keys. */
    private record JsonEntity(String id, Map<String, Object> fields) implements AttributeObject {

        @Override
        public String text() throws TemplateError {
            if (id == null) {
                throw new TemplateError(TemplateError.Kind.VALUE, "object has no __id__ to print", "", 0);
            }
            return id;
        }

        @Override
        public boolean hasAttribute(String name) {
            return fields.containsKey(name);
        }

        @Override
        public Object attribute(String name) {
            return fields.get(name);
        }

        @Override
        public String typeName() {
            return "Entity";
        }
    }
}
