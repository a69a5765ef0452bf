package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.Problems;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.loading.VersionSkew;
import org.iocrun.model.Builtins;
import org.iocrun.model.Define;
import org.iocrun.model.EntityModel;
import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;
import org.iocrun.model.Suggestions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phase 1 (ibek-behaviour §3.2 where rendering happens): builds an {@link Entity} from an instance's values the way
 * ibek's entity validator does: pre_defines, then parameters in declaration order (defaults included), then
 * post_defines, each rendered against the entity as it stands at that moment; {@code id} values are registered,
 * {@code object} values are looked up among the ids registered so far. Built-in types are not rendered, as in ibek.
 */
final class EntityFactory {

    private final RunContext run;
    private final TemplateRenderer renderer;

    EntityFactory(RunContext run, TemplateRenderer renderer) {
        this.run = run;
        this.renderer = renderer;
    }

    /**
     * Builds the entity and reports its failure; an entity that fails leaves its id marked as failed, so that the
     * entities naming it fail silently instead of each repeating "not found" (one typo, one error).
     *
     * @return the entity, or empty when it failed
     */
    Optional<Entity> createOrReport(EntityModel model, Map<String, Object> values, boolean enabled,
                                    Map<String, SourcePosition> positions, Set<String> blockScalars,
                                    SourcePosition position, String origin, Problems problems) {
        try {
            return Optional.of(create(model, values, enabled, positions, blockScalars, position, origin));
        } catch (GenerationFailure f) {
            f.reportTo(problems);
            model.idParameter().map(p -> values.get(p.name())).filter(String.class::isInstance)
                    .ifPresent(id -> run.ids.markFailed(List.of((String) id)));
            return Optional.empty();
        }
    }

    /** ibek's {@code fixup_enums}: top-level entities only, after phase 1; a null value keeps the key. */
    static void fixupEnums(Entity e) {
        for (Parameter p : e.model().parameters().values()) {
            if (p.type() == ParamType.ENUM && e.hasAttribute(p.name())) {
                Object value = p.enumValues().get(e.attribute(p.name()));
                if (value != null) {
                    e.mutableFields().put(p.name(), value);
                }
            }
        }
    }

    /**
     * @param values    supplied values (already type-checked and converted like pydantic's lax mode)
     * @param positions    where each supplied value is written
     * @param blockScalars the supplied values written as YAML block scalars
     */
    Entity create(EntityModel model, Map<String, Object> values, boolean enabled, Map<String, SourcePosition> positions,
                  Set<String> blockScalars, SourcePosition position, String origin) throws GenerationFailure {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", model.typeName());
        fields.put("entity_enabled", enabled);
        for (Parameter p : model.parameters().values()) {
            if (values.containsKey(p.name())) {
                fields.put(p.name(), values.get(p.name()));
            } else if (!p.required()) {
                fields.put(p.name(), p.defaultValue());
            }
        }
        Entity entity = new Entity(model, fields, position, origin, positions, blockScalars);
        if (Builtins.isBuiltin(model)) {
            return entity;
        }
        for (Define d : model.preDefines().values()) {
            fields.put(d.name(), renderDefine(entity, d));
        }
        for (Parameter p : model.parameters().values()) {
            fields.put(p.name(), renderParameter(entity, p, positions.getOrDefault(p.name(), position)));
        }
        for (Define d : model.postDefines().values()) {
            fields.put(d.name(), renderDefine(entity, d));
        }
        return entity;
    }

    private Object renderDefine(Entity entity, Define define) throws GenerationFailure {
        try {
            return renderer.render(define.value(), entity.mutableFields(), Coercion.of(define.type()));
        } catch (TemplateRenderer.RenderFailure e) {
            throw failure(define.position(), entity, "define '" + define.name() + "'", e);
        }
    }

    private Object renderParameter(Entity entity, Parameter p, SourcePosition at) throws GenerationFailure {
        Object value = entity.mutableFields().get(p.name());
        Object rendered;
        try {
            rendered = renderer.render(value, entity.mutableFields(),
                    p.type() == ParamType.OBJECT ? Coercion.NONE : Coercion.of(p.type()));
        } catch (TemplateRenderer.RenderFailure e) {
            throw failure(at, entity, "parameter '" + p.name() + "'", e);
        }
        if (p.type() == ParamType.OBJECT && rendered instanceof String id) {
            return run.ids.find(id).orElseThrow(() -> notFound(id, entity, p, at));
        }
        if (p.type() == ParamType.ID && rendered != null) {
            String id = String.valueOf(rendered);
            if (!run.ids.register(id, entity)) {
                throw new GenerationFailure(Problem.error(at, "Duplicate id " + id + " in " + run.ids.describe(),
                        "every entity id must be unique in the IOC instance"));
            }
        }
        return rendered;
    }

    private GenerationFailure notFound(String id, Entity entity, Parameter p, SourcePosition at) {
        if (run.ids.isFailed(id)) {
            return GenerationFailure.echoOf(id);
        }
        String didYouMean = Suggestions.didYouMean(run.ids.closest(id));
        return new GenerationFailure(Problem.error(at, "object " + id + " not found in " + run.ids.describe(),
                (didYouMean.isEmpty() ? "" : didYouMean + " ") + "'" + p.name() + "' of " + entity.typeName()
                        + " must name the id of an entity defined earlier in the instance"));
    }

    private static GenerationFailure failure(SourcePosition at, Entity entity, String what,
                                         TemplateRenderer.RenderFailure e) {
        return new GenerationFailure(e.problem(at, entity.position(),
                "error rendering " + what + " of " + entity.typeName() + ": " + e.getMessage()));
    }

    /** The template, and what became of a Jinja global the instance was written for (VersionSkew). */
    static String hint(TemplateRenderer.RenderFailure e) {
        return VersionSkew.unknownGlobal(e.getMessage()).map(h -> h + "; ").orElse("") + "template: " + oneLine(e.template);
    }

    static String oneLine(String template) {
        String t = template.strip();
        return t.length() > 200 ? t.substring(0, 200) + "..." : t.replace("\n", "\\n");
    }
}
