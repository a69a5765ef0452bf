package org.iocrun.schema;

import org.iocrun.model.Builtins;
import org.iocrun.model.EntityModel;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.Parameter;
import org.iocrun.schema.format.RepeatEntity;
import org.iocrun.schema.format.Shared;
import org.iocrun.schema.format.Wait4IPEntity;
import org.iocrun.schema.format.Wait4USBEntity;
import org.iocrun.schema.typing.PydanticConventions;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON schema of instance files ({@code ioc.yaml}) for a set of loaded support definitions
 * ({@code iocrun ioc generate-schema}, ibek-behaviour §7.1 instance schema): {@code entities} items are a union
 * discriminated on {@code type}, one definition per entity model plus ibek's built-ins, one per enum parameter.
 */
public final class IocSchema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** ibek's built-in types are Python classes; their definitions are generated from our records of them. */
    private static final Map<String, Class<?>> BUILTIN_MODELS = Map.of(
            Builtins.REPEAT, RepeatEntity.class,
            Builtins.WAIT_IP, Wait4IPEntity.class,
            Builtins.WAIT_USB, Wait4USBEntity.class);

    private IocSchema() {
    }

    public static ObjectNode generate(EntityTypes types) {
        Map<EntityModel, List<Parameter>> parameters = new LinkedHashMap<>();
        for (EntityModel model : types.all()) {
            if (!Builtins.isBuiltin(model)) {
                parameters.put(model, EntityDefinition.parameters(model));
            }
        }
        EnumDefinitions enums = EnumDefinitions.of(parameters);
        ObjectNode defs = NODES.objectNode();
        enums.definitions().forEach(defs::set);
        ModelSchemaGenerator generator = new ModelSchemaGenerator();
        ArrayNode oneOf = NODES.arrayNode();
        ObjectNode mapping = NODES.objectNode();
        for (EntityModel model : types.all()) {
            String name;
            if (Builtins.isBuiltin(model)) {
                Class<?> record = builtinRecord(model);
                name = PydanticConventions.definitionName(record);
                defs.set(name, generator.schemaOf(record));
            } else {
                name = EntityDefinition.nameOf(model);
                defs.set(name, EntityDefinition.of(model, enums));
            }
            oneOf.addObject().put("$ref", "#/$defs/" + name);
            mapping.put(model.typeName(), "#/$defs/" + name);
        }
        return shell(defs, oneOf, mapping);
    }

    private static Class<?> builtinRecord(EntityModel model) {
        Class<?> record = BUILTIN_MODELS.get(model.typeName());
        if (record == null) {
            throw new IllegalStateException("no schema record for the built-in type " + model.typeName());
        }
        return record;
    }

    /** ibek's {@code NewIOC} model around the entity definitions. */
    private static ObjectNode shell(ObjectNode defs, ArrayNode oneOf, ObjectNode mapping) {
        ObjectNode schema = NODES.objectNode();
        schema.set("$defs", defs);
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        properties.set("ioc_name", stringProperty("Name of IOC instance", "Ioc Name"));
        properties.set("description", stringProperty("Description of what the IOC does", "Description"));
        ObjectNode entities = properties.putObject("entities").put("description", "List of entities this IOC instantiates");
        ObjectNode items = entities.putObject("items");
        items.putObject("discriminator").put("propertyName", "type").set("mapping", mapping);
        items.set("oneOf", oneOf);
        entities.put("title", "Entities").put("type", "array");
        ObjectNode shared = properties.putObject("shared");
        shared.putArray("default");
        shared.put("description", Shared.DESCRIPTION).putObject("items");
        shared.put("title", "Shared").put("type", "array");
        schema.putArray("required").add("ioc_name").add("description").add("entities");
        schema.put("title", "NewIOC").put("type", "object");
        return schema;
    }

    private static ObjectNode stringProperty(String description, String title) {
        return NODES.objectNode().put("description", description).put("title", title).put("type", "string");
    }
}
