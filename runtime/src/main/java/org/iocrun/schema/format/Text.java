package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;

/** A pre_init/post_init text item: ibek's {@code Text}. {@code when} is a free string there (any value but "first" means every). */
@JsonClassDescription("A script snippet to insert into the startup script")
public record Text(
        @Literal("text") String type,
        @Default("\"every\"") @JsonPropertyDescription("One of first / every / last") String when,
        @Default("\"\"") @JsonPropertyDescription("raw text to add to the startup script") String value) {
}
