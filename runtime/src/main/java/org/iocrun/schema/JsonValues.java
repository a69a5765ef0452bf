package org.iocrun.schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;

/**
 * Loaded YAML values (defaults, enum keys) as JSON, as pydantic's {@code to_jsonable_python} writes the Python
 * values ruamel.yaml gives: dates as ISO text, mapping keys as text ({@code True} as {@code true}, as
 * {@code json.dumps} does).
 */
final class JsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonValues() {
    }

    static JsonNode of(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.stringNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Long l -> integer(BigInteger.valueOf(l));
            case Integer i -> NODES.numberNode(i);
            case BigInteger b -> integer(b);
            case Double d -> NODES.numberNode(d);
            case List<?> list -> array(list);
            case Map<?, ?> map -> object(map);
            case TemporalAccessor t -> NODES.stringNode(t.toString());
            default -> NODES.stringNode(value.toString());
        };
    }

    /** The smallest integer node that holds the value, as a JSON parser makes it, so trees compare equal. */
    private static JsonNode integer(BigInteger value) {
        if (value.bitLength() < Integer.SIZE) {
            return NODES.numberNode(value.intValue());
        }
        return value.bitLength() < Long.SIZE ? NODES.numberNode(value.longValue()) : NODES.numberNode(value);
    }

    private static ArrayNode array(List<?> list) {
        ArrayNode array = NODES.arrayNode();
        list.forEach(item -> array.add(of(item)));
        return array;
    }

    private static ObjectNode object(Map<?, ?> map) {
        ObjectNode object = NODES.objectNode();
        map.forEach((key, item) -> object.set(key(key), of(item)));
        return object;
    }

    private static String key(Object key) {
        return switch (key) {
            case null -> "null";
            case Double d -> PydanticJson.PythonFloat.repr(d);
            default -> key.toString();
        };
    }
}
