package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A loaded instance file ({@code ioc.yaml} or {@code runtime.yaml}, ibek-behaviour §4.1 instance structure).
 *
 * @param iocName       the {@code ioc_name} template, rendered at generation time
 * @param failedIdValues the values that the entities which failed to load (already reported) could have registered
 *                       as their id: a reference to one of them is a consequence of that error, not one of its own
 */
public record IocInstance(String iocName, SourcePosition iocNamePosition, String description,
                          List<EntityInstance> entities, Path file, Set<String> failedIdValues) {

    public IocInstance {
        entities = List.copyOf(entities);
        failedIdValues = Set.copyOf(failedIdValues);
    }
}
