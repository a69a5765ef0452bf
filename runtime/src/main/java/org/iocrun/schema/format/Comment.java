package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;

/** A pre_init/post_init comment item: ibek's {@code Comment}. */
@JsonClassDescription("A script snippet that will have '# ' prepended to every line\nfor insertion into the startup script")
public record Comment(
        @Literal("comment") String type,
        @Default("\"every\"") @JsonPropertyDescription("One of first / every / last") When when,
        @Default("\"\"") @JsonPropertyDescription("A comment to add into the startup script") String value) {
}
