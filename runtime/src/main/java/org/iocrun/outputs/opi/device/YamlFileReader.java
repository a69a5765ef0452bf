package org.iocrun.outputs.opi.device;

import java.nio.file.Path;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.YNode;

/**
 * Reads one YAML file into positioned nodes. A seam so the project's shared YAML loader can replace the
 * stop-gap {@link SnakeYamlFileReader} without touching the device parser.
 */
@FunctionalInterface
public interface YamlFileReader {

    /** The file's single document; an empty file reads as a null scalar. */
    YNode read(Path file) throws UserError;
}
