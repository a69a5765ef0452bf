package org.iocrun.generation;

import org.iocrun.model.EntityTypes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What one generation needs.
 *
 * @param instanceFiles instance files in load order (generate2: ioc.yaml, then runtime.yaml)
 * @param environment   the process environment as ibek sees it: IOC and RUNTIME_DIR are baked into st.cmd and
 *                      {@code _global.get_env} reads from it
 * @param annotate      put a comment above each st.cmd block naming the entity that produced it
 */
public record GenerationRequest(List<Path> instanceFiles, EntityTypes types, Map<String, String> environment,
                                boolean annotate) {

    public GenerationRequest {
        instanceFiles = List.copyOf(instanceFiles);
        environment = Map.copyOf(environment);
    }
}
