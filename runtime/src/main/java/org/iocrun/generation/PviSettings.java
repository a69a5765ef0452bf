package org.iocrun.generation;

import java.nio.file.Path;

/**
 * Where OPI generation finds pvi device files: the image's pvi-defs, overridden by same-named files in the
 * instance's config folder (ibek-behaviour §2.8).
 */
public record PviSettings(Path pviDefs, Path configDir) {
}
