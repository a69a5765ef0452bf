package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entity type of a support module (ibek-behaviour §2.2 entity model fields), or a built-in ({@code ibek.*}) type.
 * Maps keep YAML order, which reaches the outputs (parameter order decides ioc.subst columns and schema property
 * order).
 */
public record EntityModel(String module, String name, String description,
                          Map<String, Define> preDefines, Map<String, Parameter> parameters,
                          Map<String, Define> postDefines, List<ScriptItem> preInit, List<ScriptItem> postInit,
                          List<Database> databases, List<EnvVar> envVars, Optional<EntityPvi> pvi,
                          List<SubEntity> subEntities, SourcePosition position) {

    public EntityModel {
        preDefines = Ordered.copy(preDefines);
        parameters = Ordered.copy(parameters);
        postDefines = Ordered.copy(postDefines);
        preInit = Ordered.copy(preInit);
        postInit = Ordered.copy(postInit);
        databases = Ordered.copy(databases);
        envVars = Ordered.copy(envVars);
        subEntities = Ordered.copy(subEntities);
    }

    /** The published type name, {@code <module>.<name>}. */
    public String typeName() {
        return module + "." + name;
    }

    /** The parameter whose value is the entity's id: the first of type {@code id}, as in ibek. */
    public Optional<Parameter> idParameter() {
        return parameters.values().stream().filter(p -> p.type() == ParamType.ID).findFirst();
    }
}
