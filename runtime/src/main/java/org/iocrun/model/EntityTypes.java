package org.iocrun.model;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every entity type known to a run: the support modules' models in load order, then the built-ins. Defining one
 * type name twice is an error (ibek silently keeps the last, ibek-behaviour §9 known bugs item 13).
 */
public final class EntityTypes {

    private final Map<String, EntityModel> byName;
    private final List<SupportModule> modules;

    private EntityTypes(Map<String, EntityModel> byName, List<SupportModule> modules) {
        this.byName = byName;
        this.modules = List.copyOf(modules);
    }

    public static EntityTypes of(List<SupportModule> modules) throws UserError {
        Map<String, EntityModel> byName = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (SupportModule module : modules) {
            for (EntityModel model : module.entityModels()) {
                EntityModel earlier = byName.putIfAbsent(model.typeName(), model);
                if (earlier != null) {
                    problems.add(Problem.error(model.position(),
                            "entity type " + model.typeName() + " is defined twice",
                            "first defined at " + earlier.position() + "; load each support module once"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        for (EntityModel builtin : Builtins.models()) {
            byName.put(builtin.typeName(), builtin);
        }
        return new EntityTypes(byName, modules);
    }

    public Optional<EntityModel> find(String typeName) {
        return Optional.ofNullable(byName.get(typeName));
    }

    /** All types in registration order (support models in file order, then the built-ins). */
    public Collection<EntityModel> all() {
        return byName.values();
    }

    public List<SupportModule> modules() {
        return modules;
    }

    /** The known type names closest to a misspelt one, best first. */
    public List<String> closest(String typeName, int limit) {
        return Suggestions.closest(typeName, byName.keySet(), limit);
    }
}
