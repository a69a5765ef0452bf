package org.iocrun.generation;

import org.iocrun.model.EntityTypes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one generation needs.
 *
 * @param instanceFiles instance files in load order (generate2: ioc.yaml, then runtime.yaml)
 * @param environment   the process environment as ibek sees it: IOC and RUNTIME_DIR are baked into st.cmd and
 *                      {@code _global.get_env} reads from it
 * @param annotate      put a comment above each st.cmd block naming the entity that produced it
 * @param pvi           OPI generation (screens, pvi templates and their ioc.subst rows), or empty for --no-pvi
 */
public record GenerationRequest(List<Path> instanceFiles, EntityTypes types, Map<String, String> environment,
                                boolean annotate, Optional<PviSettings> pvi) {

    public GenerationRequest {
        instanceFiles = List.copyOf(instanceFiles);
        environment = Map.copyOf(environment);
    }

    /** A request without OPI generation. */
    public GenerationRequest(List<Path> instanceFiles, EntityTypes types, Map<String, String> environment,
                             boolean annotate) {
        this(instanceFiles, types, environment, annotate, Optional.empty());
    }
}
