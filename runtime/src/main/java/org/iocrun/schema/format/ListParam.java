package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.JinjaString;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.List;
import java.util.Optional;

/** A parameter of type {@code list}: ibek's {@code ListParam}. */
@JsonClassDescription("An argument with list value")
public record ListParam(
        @Literal("list") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Union<List<Object>, JinjaString>> defaultValue) implements Param {
}
