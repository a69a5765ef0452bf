package org.iocrun.schema;

import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jackson.JacksonSchemaModule;
import org.iocrun.schema.typing.PydanticConventions;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON schemas of the schema-description records ({@code org.iocrun.schema.format}) as pydantic writes the schemas
 * of ibek's models: victools with the Jackson module (descriptions, property names, enum values) and
 * {@link PydanticConventions}.
 */
final class ModelSchemaGenerator {

    private final SchemaGenerator generator;

    ModelSchemaGenerator() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonSchemaModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY,
                        // discriminated unions are PydanticConventions' business
                        JacksonOption.SKIP_SUBTYPE_LOOKUP, JacksonOption.IGNORE_TYPE_INFO_TRANSFORM))
                .with(new PydanticConventions())
                // every model and enum in $defs, even when referenced once, as pydantic does
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR, Option.STANDARD_FORMATS, Option.FLATTENED_ENUMS,
                        Option.FLATTENED_OPTIONALS, Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END);
        this.generator = new SchemaGenerator(builder.build());
    }

    /** The schema of a model: its own definition at the top, the models and enums it uses in {@code $defs}. */
    ObjectNode schemaOf(Class<?> model) {
        return generator.generateSchema(model);
    }
}
