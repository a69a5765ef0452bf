package org.iocrun.opi.device;

import java.nio.file.Path;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode;

/**
 * Reads one YAML file into positioned nodes. A seam so that tests or another YAML loader can supply the
 * reader without touching the device parser ({@link PositionedYamlFileReader} is the one in use).
 */
@FunctionalInterface
public interface YamlFileReader {

    /** The file's single document; an empty file reads as a null scalar. */
    YNode read(Path file) throws UserError;
}
