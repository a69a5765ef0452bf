package org.iocrun.schema.typing;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Module;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigPart;
import com.github.victools.jsonschema.generator.SchemaGeneratorGeneralConfigPart;
import com.github.victools.jsonschema.generator.TypeScope;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;

/**
 * A victools module that makes schemas of records look like pydantic's schemas of the equivalent Python models:
 * <ul>
 * <li>records ("models") and enums get a {@code $defs} entry titled with the simple class name;</li>
 * <li>record components are properties in declaration order, named in snake_case unless a {@code @JsonProperty}
 *     names them, titled as pydantic titles fields, except fields whose type has its own definition;</li>
 * <li>a field is required unless it has a {@link Default} or is a {@link Literal};</li>
 * <li>models forbid additional properties unless annotated {@code @JsonIgnoreProperties(ignoreUnknown = true)}
 *     (pydantic's {@code extra="allow"}), which is written as {@code additionalProperties: true};</li>
 * <li>the Python typing constructs are written as pydantic writes them ({@link TypingDefinitions},
 *     {@link DiscriminatedUnionDefinition}).</li>
 * </ul>
 * Descriptions come from the Jackson module ({@code @JsonClassDescription}, {@code @JsonPropertyDescription}).
 */
public final class PydanticConventions implements Module {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The {@code $defs} name of a model or enum class, also used by discriminator mappings. */
    public static String definitionName(Class<?> type) {
        return type.getSimpleName();
    }

    @Override
    public void applyToConfigBuilder(SchemaGeneratorConfigBuilder builder) {
        SchemaGeneratorGeneralConfigPart types = builder.forTypesInGeneral();
        types.withCustomDefinitionProvider(new TypingDefinitions())
                .withCustomDefinitionProvider(new DiscriminatedUnionDefinition())
                .withDefinitionNamingStrategy((key, context) -> definitionName(key.getType().getErasedType()))
                .withTitleResolver(scope -> hasOwnDefinition(scope.getType()) ? definitionName(scope.getType().getErasedType()) : null)
                .withAdditionalPropertiesResolver(scope -> isClosedModel(scope) ? Void.class : null)
                .withTypeAttributeOverride(PydanticConventions::markOpenModel)
                // declaration order, as pydantic keeps field order (the sort is stable)
                .withPropertySorter((a, b) -> 0);
        SchemaGeneratorConfigPart<FieldScope> fields = builder.forFields();
        fields.withPropertyNameOverrideResolver(PydanticConventions::snakeCase)
                .withTitleResolver(PydanticConventions::title)
                .withRequiredCheck(field -> !field.isFakeContainerItemScope() && defaultOf(field).isEmpty())
                .withEnumResolver(field -> literal(field).map(List::of).orElse(null))
                .withInstanceAttributeOverride(PydanticConventions::putDefault);
    }

    private static boolean hasOwnDefinition(ResolvedType type) {
        Class<?> raw = type.getErasedType();
        return raw.isRecord() || raw.isEnum();
    }

    private static boolean isClosedModel(TypeScope scope) {
        Class<?> raw = scope.getType().getErasedType();
        return raw.isRecord() && !isOpenModel(raw);
    }

    private static boolean isOpenModel(Class<?> raw) {
        JsonIgnoreProperties ignore = raw.getAnnotation(JsonIgnoreProperties.class);
        return ignore != null && ignore.ignoreUnknown();
    }

    private static void markOpenModel(ObjectNode node, TypeScope scope, SchemaGenerationContext context) {
        // victools leaves out "additionalProperties: true" as redundant; pydantic writes it
        if (isOpenModel(scope.getType().getErasedType()) && node.has("properties")) {
            node.put("additionalProperties", true);
        }
    }

    private static String snakeCase(FieldScope field) {
        String name = field.getDeclaredName();
        String snake = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
        return snake.equals(name) ? null : snake;
    }

    /** pydantic titles a field unless its schema is a reference to a model or enum (optional or not). */
    private static String title(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return null;
        }
        ResolvedType type = field.getType();
        if (type.getErasedType() == Optional.class && !type.getTypeParameters().isEmpty()) {
            type = type.getTypeParameters().getFirst();
        }
        return hasOwnDefinition(type) ? null : PythonTitle.of(field.getSchemaPropertyName());
    }

    private static Optional<String> literal(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return Optional.empty();
        }
        return Optional.ofNullable(field.getAnnotation(Literal.class)).map(Literal::value);
    }

    private static Optional<JsonNode> defaultOf(FieldScope field) {
        if (field.isFakeContainerItemScope()) {
            return Optional.empty();
        }
        Default annotated = field.getAnnotation(Default.class);
        if (annotated != null) {
            return Optional.of(JSON.readTree(annotated.value()));
        }
        return literal(field).map(JSON.getNodeFactory()::stringNode);
    }

    private static void putDefault(ObjectNode node, FieldScope field, SchemaGenerationContext context) {
        defaultOf(field).ifPresent(value -> node.set("default", value));
    }
}
