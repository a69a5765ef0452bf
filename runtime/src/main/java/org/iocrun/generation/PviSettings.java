package org.iocrun.generation;

import java.nio.file.Path;
import java.util.List;

/**
 * Where OPI generation finds pvi device files: the pvi-defs folders in search order (the image's
 * $EPICS_ROOT/pvi-defs, or the folders given with {@code --pvi-defs}, each searched below too), overridden by
 * same-named files in the instance's config folder (ibek-behaviour §2.8: pvi device override from the config folder).
 */
public record PviSettings(List<Path> pviDefs, Path configDir) {

    public PviSettings {
        pviDefs = List.copyOf(pviDefs);
        if (pviDefs.isEmpty()) {
            throw new IllegalArgumentException("at least one pvi-defs folder");
        }
    }

    /** One pvi-defs folder (the image's). */
    public PviSettings(Path pviDefs, Path configDir) {
        this(List.of(pviDefs), configDir);
    }
}
