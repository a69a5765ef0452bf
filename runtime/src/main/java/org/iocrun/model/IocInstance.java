package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.nio.file.Path;
import java.util.List;

/**
 * A loaded instance file ({@code ioc.yaml} or {@code runtime.yaml}, §4.1).
 *
 * @param iocName the {@code ioc_name} template, rendered at generation time
 */
public record IocInstance(String iocName, SourcePosition iocNamePosition, String description,
                          List<EntityInstance> entities, Path file) {

    public IocInstance {
        entities = List.copyOf(entities);
    }
}
