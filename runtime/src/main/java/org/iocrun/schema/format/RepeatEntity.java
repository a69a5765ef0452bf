package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.List;
import java.util.Map;

/** The built-in entity type {@code ibek.repeat} of instance files (texts as ibek's {@code RepeatEntity}). */
@JsonClassDescription("""
        A definition of RepeatEntity for the type checker

        This is not really used - instead the dynamic class is created
        by the make_entity_model function is used.""")
public record RepeatEntity(
        @Literal("ibek.repeat") String type,
        @Default("true") @JsonPropertyDescription(EntityEnabled.DESCRIPTION) boolean entityEnabled,
        @JsonPropertyDescription("The list of values to iterate over") Union<List<Object>, String> values,
        @Default("\"index\"") @JsonPropertyDescription("The variable name to use in the entity model") String variable,
        @JsonPropertyDescription("The entity model to repeat") Map<String, Object> entity) {
}
