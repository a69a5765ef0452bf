package org.iocrun.schema.format;

/** The {@code entity_enabled} flag every entity has. */
public final class EntityEnabled {

    public static final String DESCRIPTION = "enable or disable this entity instance";

    private EntityEnabled() {
    }
}
