package org.iocrun.opi.device;

import java.nio.file.Path;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YamlLoader;

/**
 * Reads pvi device files with the project's {@link YamlLoader}, the one that also reads support and instance
 * files: generation then runs one YAML code path, which a cold JVM loads, links and warms up once (reading the
 * camera case's device files through a second snakeyaml set-up cost about a second of a cold start).
 */
public final class PositionedYamlFileReader implements YamlFileReader {

    private final YamlLoader yaml;

    public PositionedYamlFileReader(YamlLoader yaml) {
        this.yaml = yaml;
    }

    @Override
    public YNode read(Path file) throws UserError {
        return yaml.loadDefinition(file).orElseGet(() -> new YNode.YScalar(null, "", false, new SourcePosition(file, 1, 1)));
    }
}
