package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;

import java.util.Optional;

/** A pre_defines/post_defines entry: ibek's {@code Define}. */
@JsonClassDescription("A calculated value for an Entity Model")
public record Define(
        @JsonPropertyDescription("Description of what the value will be used for") String description,
        @JsonPropertyDescription("The contents of the value") Object value,
        @Default("\"str\"") @JsonPropertyDescription("The type of the value") Optional<DefineType> type) {
}
