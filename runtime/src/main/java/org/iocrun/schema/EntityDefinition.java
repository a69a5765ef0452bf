package org.iocrun.schema;

import org.iocrun.model.EntityModel;
import org.iocrun.model.Parameter;
import org.iocrun.schema.format.EntityEnabled;
import org.iocrun.schema.typing.JinjaString;
import org.iocrun.schema.typing.PythonTitle;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * The {@code $defs} entry of one entity model in the instance schema (ibek-behaviour §7.1 instance schema): an object
 * with the {@code type} constant, {@code entity_enabled} and one property per parameter, nothing else allowed.
 *
 * <p>Where ibek's text carries Python artefacts ({@code "jinja that renders to <class 'int'>"}, {@code "union of
 * <class 'int'> and jinja representation of {typ}"}), we write the type's name instead; the golden-schema tests list
 * these differences.
 */
final class EntityDefinition {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EntityDefinition() {
    }

    /** The definition's name: the type name with dots replaced, as ibek names its dynamic model classes. */
    static String nameOf(EntityModel model) {
        return model.typeName().replace('.', '_');
    }

    static ObjectNode of(EntityModel model, EnumDefinitions enums) {
        ObjectNode node = NODES.objectNode();
        node.put("additionalProperties", false);
        ObjectNode properties = node.putObject("properties");
        properties.set("type", NODES.objectNode()
                .put("const", model.typeName())
                .put("description", model.description())
                .put("title", "Type")
                .put("type", "string"));
        properties.set("entity_enabled", NODES.objectNode()
                .put("default", true)
                .put("description", EntityEnabled.DESCRIPTION)
                .put("title", "Entity Enabled")
                .put("type", "boolean"));
        ArrayNode required = node.putArray("required").add("type");
        for (Parameter parameter : parameters(model)) {
            properties.set(parameter.name(), property(model, parameter, enums));
            if (parameter.required()) {
                required.add(parameter.name());
            }
        }
        node.put("title", nameOf(model));
        node.put("type", "object");
        return node;
    }

    /**
     * The parameters the schema shows. ibek adds the {@code type} field after the parameters, so a parameter named
     * {@code type} is replaced by the type constant (ADCore's {@code NDAttributes} has one); a parameter named
     * {@code entity_enabled} replaces the flag, in the flag's place.
     */
    static List<Parameter> parameters(EntityModel model) {
        return model.parameters().values().stream().filter(p -> !p.name().equals("type")).toList();
    }

    private static ObjectNode property(EntityModel model, Parameter parameter, EnumDefinitions enums) {
        ObjectNode node = switch (parameter.type()) {
            case STR, ID -> titled(parameter).put("description", parameter.description()).put("type", "string");
            case OBJECT -> titled(parameter).put("description", parameter.description());
            case ENUM -> NODES.objectNode()
                    .put("$ref", "#/$defs/" + enums.nameOf(model, parameter))
                    .put("description", parameter.description());
            case INT, FLOAT, BOOL, LIST, DICT -> templatable(parameter);
        };
        if (!parameter.required()) {
            node.set("default", JsonValues.of(parameter.defaultValue()));
        }
        return node;
    }

    private static ObjectNode titled(Parameter parameter) {
        return NODES.objectNode().put("title", PythonTitle.of(parameter.name()));
    }

    /**
     * A typed parameter whose value may also be a Jinja template that renders to the type (ibek-behaviour §2.3
     * parameter types).
     */
    private static ObjectNode templatable(Parameter parameter) {
        String python = parameter.type().yamlName();
        ObjectNode jinja = NODES.objectNode()
                .put("description", "jinja that renders to " + python)
                .put("pattern", JinjaString.PATTERN)
                .put("type", "string");
        ObjectNode typed = NODES.objectNode().put("description", parameter.description());
        switch (parameter.type()) {
            case INT -> typed.put("type", "integer");
            case FLOAT -> typed.put("type", "number");
            case BOOL -> typed.put("type", "boolean");
            case LIST -> typed.put("type", "array").set("items", NODES.objectNode());
            case DICT -> typed.put("type", "object").put("additionalProperties", true);
            default -> throw new IllegalArgumentException(parameter.type() + " has no Jinja alternative");
        }
        ObjectNode node = titled(parameter);
        node.putArray("anyOf").add(jinja).add(typed);
        node.put("description", "union of " + python + " and jinja representation of " + python);
        return node;
    }
}
