package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;
import org.iocrun.schema.typing.Union;

import java.util.Optional;

/** A parameter of type {@code object}: ibek's {@code ObjectParam}. */
@JsonClassDescription("A reference to another entity defined in this IOC")
public record ObjectParam(
        @Literal("object") String type,
        @JsonPropertyDescription(Param.DESCRIPTION) String description,
        @Default("null") @JsonProperty("default") Optional<Union<String, Object>> defaultValue) implements Param {
}
