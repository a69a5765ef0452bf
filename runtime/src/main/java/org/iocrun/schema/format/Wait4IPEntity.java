package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;

/** The built-in entity type {@code ibek.wait_ip} of instance files (texts as ibek's {@code Wait4IPEntity}). */
@JsonClassDescription("""
        A definition of Wait4IPEntity for the type checker.

        This is not really used - instead the dynamic class is created
        by the make_entity_models function is used.""")
public record Wait4IPEntity(
        @Literal("ibek.wait_ip") String type,
        @Default("true") @JsonPropertyDescription(EntityEnabled.DESCRIPTION) boolean entityEnabled,
        @Default("\"DEVICE\"") @JsonPropertyDescription(WaitEntity.DEVICE) String device,
        @Default("0") @JsonPropertyDescription(WaitEntity.TIMEOUT) long timeout,
        @JsonPropertyDescription("The IP address and port to check communication with.") String address) {
}
