package org.iocrun.schema.typing;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * pydantic's discriminated union ({@code Annotated[Union[...], Field(discriminator="type")]}), declared the Jackson
 * way: an interface with {@link JsonTypeInfo} naming the discriminating property and {@link JsonSubTypes} listing
 * the members with their names. Written inline as {@code oneOf} (members in declaration order) plus the OpenAPI
 * {@code discriminator} with its name-to-{@code $ref} mapping, as pydantic does.
 */
final class DiscriminatedUnionDefinition implements CustomDefinitionProviderV2 {

    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
        if (type == null) {
            return null;
        }
        Class<?> raw = type.getErasedType();
        JsonTypeInfo info = raw.getAnnotation(JsonTypeInfo.class);
        JsonSubTypes members = raw.getAnnotation(JsonSubTypes.class);
        if (info == null || members == null) {
            return null;
        }
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        ArrayNode oneOf = node.putArray("oneOf");
        ObjectNode discriminator = node.putObject("discriminator").put("propertyName", info.property());
        ObjectNode mapping = discriminator.putObject("mapping");
        for (JsonSubTypes.Type member : members.value()) {
            oneOf.add(context.createDefinitionReference(context.getTypeContext().resolve(member.value())));
            mapping.put(member.name(), "#/$defs/" + PydanticConventions.definitionName(member.value()));
        }
        // with the type's attributes: its description
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
    }
}
