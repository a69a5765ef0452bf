package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;

import java.util.Optional;

/** A parameter of type {@code id}: ibek's {@code IdParam}. */
@JsonClassDescription("Explicit ID argument that an object can refer to")
public record IdParam(
        @Literal("id") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<String> defaultValue) implements Param {
}
