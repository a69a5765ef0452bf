package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.JinjaString;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.Optional;

/** A parameter of type {@code bool}: ibek's {@code BoolParam}. */
@JsonClassDescription("An argument with an bool value")
public record BoolParam(
        @Literal("bool") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Union<Boolean, JinjaString>> defaultValue) implements Param {
}
