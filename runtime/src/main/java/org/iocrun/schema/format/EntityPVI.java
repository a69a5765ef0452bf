package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;

import java.util.Map;
import java.util.Optional;

/** The pvi block of an entity model: ibek's {@code EntityPVI}. */
@JsonClassDescription("Entity PVI definition")
public record EntityPVI(
        @JsonPropertyDescription("Path to .pvi.device.yaml - absolute or relative to PVI_DEFS") String yamlPath,
        @Default("true") @JsonPropertyDescription("Whether to add the UI to the IOC index.") boolean uiIndex,
        @Default("null") @JsonPropertyDescription("Macros to launch the UI on the IOC index. These must be args of the Entity this is attached to.")
        Optional<Map<String, Optional<String>>> uiMacros,
        @Default("false") @JsonPropertyDescription("Whether to generate a PVI PV. This adds a database template with info tags that create a PVAccess PV representing the device structure.")
        boolean pv,
        @Default("\"\"") @JsonPropertyDescription("PV prefix for PVI PV - e.g. \"$(P)\"") String pvPrefix) {
}
