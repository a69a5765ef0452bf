package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;

import java.util.Map;
import java.util.Optional;

/** A parameter of type {@code enum}: ibek's {@code EnumParam}. Instances give one of the keys of {@code values}. */
@JsonClassDescription("An argument with an enum value")
public record EnumParam(
        @Literal("enum") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Object> defaultValue,
        @JsonPropertyDescription("provides a list of values to make this argument an Enum") Map<String, Object> values)
        implements Param {
}
