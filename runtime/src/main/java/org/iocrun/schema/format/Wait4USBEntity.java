package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Literal;

/** The built-in entity type {@code ibek.wait_usb} of instance files (texts as ibek's {@code Wait4USBEntity}). */
@JsonClassDescription("""
        A definition of Wait4USBEntity for the type checker.

        This is not really used - instead the dynamic class created
        by the make_entity_models function is used.""")
public record Wait4USBEntity(
        @Literal("ibek.wait_usb") String type,
        @Default("true") @JsonPropertyDescription(EntityEnabled.DESCRIPTION) boolean entityEnabled,
        @Default("\"DEVICE\"") @JsonPropertyDescription(WaitEntity.DEVICE) String device,
        @Default("0") @JsonPropertyDescription(WaitEntity.TIMEOUT) long timeout,
        @JsonPropertyDescription("The ID of the USB device to wait for. This should be in the format 'vendor_id:product_id', where vendor_id and product_id are the hexadecimal IDs of the USB device. For example, '1234:5678'.")
        String id) {
}
