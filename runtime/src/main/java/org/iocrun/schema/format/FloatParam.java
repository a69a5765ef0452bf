package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.JinjaString;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.Optional;

/** A parameter of type {@code float}: ibek's {@code FloatParam}. */
@JsonClassDescription("An argument with a float value")
public record FloatParam(
        @Literal("float") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Union<Double, JinjaString>> defaultValue) implements Param {
}
