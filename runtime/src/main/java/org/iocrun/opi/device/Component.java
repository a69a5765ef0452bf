package org.iocrun.opi.device;

/**
 * One element of a pvi device tree after includes, ignores and parents have been resolved: a group, a signal or a
 * reference. Mirrors pvi's {@code ComponentUnion}.
 */
public sealed interface Component permits Group, Signal, SignalRef, DeviceRef {

    /** PascalCase name, unique within the device. */
    String name();

    /** Explicit label, or null to derive one from the name. */
    String label();

    /** Free text shown as a tooltip, or null. */
    String description();

    /** The label shown on screens: the explicit label, else the name split into Title Case words (pvi's rule). */
    default String displayLabel() {
        return label() != null && !label().isEmpty() ? label() : Names.titleCase(name());
    }
}
