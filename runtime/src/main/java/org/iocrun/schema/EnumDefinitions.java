package org.iocrun.schema;

import org.iocrun.model.EntityModel;
import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code $defs} of the enum parameters of a set of entity models. ibek makes one Python Enum per enum parameter,
 * named after the parameter, so the definition is named after the parameter too. pydantic shares one name among
 * same-named enums whose schemas are equal (same keys in the same order); when their schemas differ, it renames
 * all of them {@code ibek__entity_factory__<name>__1}, {@code __2}, ... in the order it meets them (models in
 * registration order, parameters in declaration order), each keeping its own definition.
 */
final class EnumDefinitions {

    /** One enum parameter of one model. */
    record EnumParameter(String typeName, String parameterName) {
    }

    private final Map<EnumParameter, String> names;
    private final Map<String, ObjectNode> definitions;

    private EnumDefinitions(Map<EnumParameter, String> names, Map<String, ObjectNode> definitions) {
        this.names = names;
        this.definitions = definitions;
    }

    /** @param parameters the schema's parameters of each model (see {@link EntityDefinition#parameters}) */
    static EnumDefinitions of(Map<EntityModel, List<Parameter>> parameters) {
        Map<String, List<Map.Entry<EnumParameter, ObjectNode>>> byName = new LinkedHashMap<>();
        parameters.forEach((model, params) -> {
            for (Parameter p : params) {
                if (p.type() == ParamType.ENUM) {
                    byName.computeIfAbsent(p.name(), n -> new ArrayList<>())
                            .add(Map.entry(new EnumParameter(model.typeName(), p.name()), definition(p)));
                }
            }
        });
        Map<EnumParameter, String> names = new LinkedHashMap<>();
        Map<String, ObjectNode> definitions = new LinkedHashMap<>();
        byName.forEach((name, group) -> {
            boolean allEqual = group.stream().map(Map.Entry::getValue).distinct().count() == 1;
            for (int i = 0; i < group.size(); i++) {
                String defName = allEqual ? name : "ibek__entity_factory__" + name + "__" + (i + 1);
                names.put(group.get(i).getKey(), defName);
                definitions.put(defName, group.get(i).getValue());
            }
        });
        return new EnumDefinitions(names, definitions);
    }

    /** The {@code $defs} name of an enum parameter of a model. */
    String nameOf(EntityModel model, Parameter parameter) {
        return names.get(new EnumParameter(model.typeName(), parameter.name()));
    }

    Map<String, ObjectNode> definitions() {
        return definitions;
    }

    /** pydantic's schema of a Python Enum whose members are the keys: their values, titled by the Enum's name. */
    private static ObjectNode definition(Parameter parameter) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        ArrayNode values = node.putArray("enum");
        parameter.enumValues().keySet().forEach(key -> values.add(JsonValues.of(key)));
        node.put("title", parameter.name());
        String type = commonType(values);
        if (type != null) {
            node.put("type", type);
        }
        return node;
    }

    /** The JSON type all members share (Python's bool is its own type here, not an int), or null. */
    private static String commonType(ArrayNode values) {
        String common = null;
        for (JsonNode value : values) {
            String type = value.isString() ? "string"
                    : value.isBoolean() ? "boolean"
                    : value.isIntegralNumber() ? "integer"
                    : value.isNumber() ? "number"
                    : null;
            if (type == null || (common != null && !common.equals(type))) {
                return null;
            }
            common = type;
        }
        return common;
    }
}
