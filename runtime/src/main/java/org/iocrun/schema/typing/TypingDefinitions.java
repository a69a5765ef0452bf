package org.iocrun.schema.typing;

import com.fasterxml.classmate.ResolvedType;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the Python typing constructs the way pydantic does, always inline (never as {@code $defs}):
 * {@code Optional[T]} ({@link Optional}) as {@code anyOf [T, null]} with null last, {@code Union[A, B]}
 * ({@link Union}) as {@code anyOf [A, B]}, {@code dict[str, T]} ({@link Map}) as an object whose
 * {@code additionalProperties} are T ({@code true} for {@code Any}), and {@link JinjaString} as a patterned string.
 * Nested {@code anyOf}s are flattened by the generator's clean-up, as pydantic flattens nested unions.
 */
final class TypingDefinitions implements CustomDefinitionProviderV2 {

    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType type, SchemaGenerationContext context) {
        if (type == null) {
            return null;
        }
        Class<?> raw = type.getErasedType();
        if (raw == Optional.class) {
            return inline(anyOf(context, reference(type, 0, context), nullSchema(context)));
        }
        if (raw == Union.class) {
            return inline(anyOf(context, reference(type, 0, context), reference(type, 1, context)));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return inline(mapping(type, context));
        }
        if (raw == JinjaString.class) {
            ObjectNode node = context.getGeneratorConfig().createObjectNode()
                    .put("type", "string")
                    .put("pattern", JinjaString.PATTERN);
            // with the type's attributes: its description
            return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.YES);
        }
        return null;
    }

    private static ObjectNode mapping(ResolvedType type, SchemaGenerationContext context) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "object");
        ResolvedType valueType = context.getTypeContext().getTypeParameterFor(type, Map.class, 1);
        if (valueType == null || valueType.getErasedType() == Object.class) {
            node.put("additionalProperties", true);
        } else {
            node.set("additionalProperties", context.createDefinitionReference(valueType));
        }
        return node;
    }

    private static ObjectNode reference(ResolvedType type, int parameter, SchemaGenerationContext context) {
        List<ResolvedType> parameters = type.getTypeParameters();
        if (parameters.size() <= parameter) {
            throw new IllegalArgumentException(type + " needs its type arguments for a schema");
        }
        return context.createDefinitionReference(parameters.get(parameter));
    }

    private static ObjectNode anyOf(SchemaGenerationContext context, ObjectNode first, ObjectNode second) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.putArray("anyOf").add(first).add(second);
        return node;
    }

    private static ObjectNode nullSchema(SchemaGenerationContext context) {
        return context.getGeneratorConfig().createObjectNode().put("type", "null");
    }

    private static CustomDefinition inline(ObjectNode node) {
        // the construct's own attributes (e.g. additionalProperties: false for objects) must not leak into it
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
    }
}
