package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;

/** A sub_entities item: ibek's {@code SubEntity}, the one model that allows any further keys (the entity's arguments). */
@JsonClassDescription("A loosely defined class to declare the Entities\nin an ibek.support.yaml file in the 'sub_entities' property of an Entity\nsection")
@JsonIgnoreProperties(ignoreUnknown = true)
public record SubEntity(
        @JsonPropertyDescription("The type of this entity") String type,
        @Default("true") @JsonPropertyDescription(EntityEnabled.DESCRIPTION) boolean entityEnabled) {
}
