package org.iocrun.schema.format;

/** The {@code shared} lists of support and instance files, which only hold YAML anchors. */
public final class Shared {

    public static final String DESCRIPTION = "A place to create any anchors required for repeating YAML";

    private Shared() {
    }
}
