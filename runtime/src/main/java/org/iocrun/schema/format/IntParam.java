package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.JinjaString;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.Optional;

/** A parameter of type {@code int}: ibek's {@code IntParam}. */
@JsonClassDescription("An argument with an int value")
public record IntParam(
        @Literal("int") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Union<Long, JinjaString>> defaultValue) implements Param {
}
