package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;

import java.util.Map;
import java.util.Optional;

/** A databases item: ibek's {@code Database}. {@code args} must be present but may be null. */
@JsonClassDescription("A database file that should be loaded by the startup script and its args")
public record Database(
        @JsonPropertyDescription("Filename of the database template in <module_root>/db") String file,
        @Default("\"True\"") @JsonPropertyDescription("Set to False to disable loading this database") String enabled,
        @JsonPropertyDescription("Dictionary of args and values to pass through to database. A value of None is equivalent to ARG: '{{ ARG }}'. See `UTILS.render_map` for more details.")
        Optional<Map<String, Optional<String>>> args) {
}
