package org.iocrun.substitution;

import java.nio.file.Path;
import java.util.List;

/**
 * A template file read and classified once, then expanded for every substitution row.
 *
 * @param name the name msi would print for it (the include directory joined with the file name)
 * @param path where it was read from, for messages
 */
record Template(String name, Path path, TemplateLine[] lines) {

    Template(String name, Path path, List<TemplateLine> lines) {
        this(name, path, lines.toArray(TemplateLine[]::new));
    }
}
