package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.JinjaString;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.Map;
import java.util.Optional;

/** A parameter of type {@code dict}: ibek's {@code DictParam}. */
@JsonClassDescription("An argument with dict value")
public record DictParam(
        @Literal("dict") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Union<Map<String, Object>, JinjaString>> defaultValue) implements Param {
}
