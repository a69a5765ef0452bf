package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;

/** An env_vars item: ibek's {@code EnvironmentVariable}. */
@JsonClassDescription("An environment variable that should be set in the startup script")
public record EnvironmentVariable(
        @JsonPropertyDescription("Name of environment variable") String name,
        @JsonPropertyDescription("Value to set") String value) {
}
