package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.Problems;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.loading.ValueChecker;
import org.iocrun.loading.VersionSkew;
import org.iocrun.model.Builtins;
import org.iocrun.model.EntityModel;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.Parameter;
import org.iocrun.model.SubEntity;
import org.iocrun.templating.PyValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands sub_entities and {@code ibek.repeat} into the flat, ordered entity list, reproducing ibek's
 * {@code resolve_sub_entities} (ibek-behaviour §3.7 sub-entities and repeats) including its quirks: the context
 * accumulates across siblings, repeat variables leak into later siblings, parents are seen as {@code model_dump()} (no
 * defines, references as dicts), values are rendered here and again in phase 1, and enum keys are not mapped to values.
 */
final class EntityExpander {

    private final EntityTypes types;
    private final TemplateRenderer renderer;
    private final EntityFactory factory;
    private final Problems problems;
    /** Keys already reported at their place in the instance: a repeat checks its entity once per value. */
    private final Set<SourcePosition> reportedKeys = new java.util.HashSet<>();

    EntityExpander(EntityTypes types, TemplateRenderer renderer, EntityFactory factory, Problems problems) {
        this.types = types;
        this.renderer = renderer;
        this.factory = factory;
        this.problems = problems;
    }

    /** A thing to resolve: a finished entity, a sub_entities item, or a dict produced by a repeat. */
    private sealed interface Item {
        record Built(Entity entity) implements Item {
        }

        record Sub(SubEntity sub, Entity parent) implements Item {
        }

        /** @param keyPositions where the instance wrote each key of the dict, when it wrote the dict */
        record Dict(Map<String, Object> fields, SourcePosition position, Map<String, SourcePosition> keyPositions,
                    String origin) implements Item {
        }
    }

    List<Entity> expand(List<Entity> topLevel) {
        List<Item> items = new ArrayList<>();
        for (Entity e : topLevel) {
            items.add(new Item.Built(e));
        }
        return resolve(items, new LinkedHashMap<>());
    }

    private List<Entity> resolve(List<Item> items, Map<String, Object> outer) {
        Map<String, Object> ctx = new LinkedHashMap<>(outer);
        List<Entity> out = new ArrayList<>();
        for (Item item : items) {
            Entity e = switch (item) {
                case Item.Built b when !isRepeat(b.entity()) -> b.entity();
                case Item.Built b -> make(b.entity().dump(), ctx, b.entity().position(), b.entity().valuePositions(),
                        b.entity().origin());
                case Item.Sub s -> make(subDump(s.sub()), ctx, s.sub().position(), Map.of(),
                        "sub-entity of " + describe(s.parent()));
                case Item.Dict d -> make(d.fields(), ctx, d.position(), d.keyPositions(), d.origin());
            };
            if (e == null) {
                continue;
            }
            ctx.putAll(e.dump());
            if (isRepeat(e)) {
                out.addAll(repeat(e, ctx));
            } else {
                out.add(e);
                for (SubEntity sub : e.model().subEntities()) {
                    out.addAll(resolve(List.of(new Item.Sub(sub, e)), ctx));
                }
            }
        }
        return out;
    }

    private List<Entity> repeat(Entity e, Map<String, Object> ctx) {
        List<Entity> out = new ArrayList<>();
        String variable = String.valueOf(e.fields().get("variable"));
        Object entity = e.fields().get("entity");
        if (!(entity instanceof Map<?, ?> template)) {
            problems.error(e.position(), "'entity' of ibek.repeat must be a mapping, got " + PyValues.repr(entity));
            return out;
        }
        if (e.fields().get("values") instanceof String text) {
            problems.warning(e.position(), "the values of ibek.repeat rendered to the string " + PyValues.repr(text)
                    + ", not a list: ibek iterates its characters (end the template with '| list }}' for a list)");
        }
        Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();
        e.valuePositions().forEach((field, at) -> {
            if (field.startsWith("entity.")) {
                keyPositions.put(field.substring("entity.".length()), at);
            }
        });
        int index = 0;
        for (Object value : iterate(e.fields().get("values"))) {
            ctx.put(variable, value);
            ctx.put(variable + "_num", (long) index);
            Map<String, Object> copy = new LinkedHashMap<>();
            template.forEach((k, v) -> copy.put(String.valueOf(k), v));
            out.addAll(resolve(List.of(new Item.Dict(copy, e.position(), keyPositions,
                    "ibek.repeat " + variable + "=" + PyValues.str(value) + " (" + e.origin() + ")")), new LinkedHashMap<>(ctx)));
            index++;
        }
        return out;
    }

    /** Python iteration over the repeat's values: a list's items, a string's characters. */
    private static List<Object> iterate(Object values) {
        return switch (values) {
            case List<?> list -> new ArrayList<>(list);
            case String s -> {
                List<Object> chars = new ArrayList<>();
                s.codePoints().forEach(cp -> chars.add(new String(Character.toChars(cp))));
                yield chars;
            }
            case null, default -> List.of();
        };
    }

    /** SubEntity.model_dump(): declared fields first (type, entity_enabled defaulting to true), then the extras. */
    private static Map<String, Object> subDump(SubEntity sub) {
        Map<String, Object> dump = new LinkedHashMap<>();
        dump.put("type", sub.type());
        dump.put("entity_enabled", sub.fields().getOrDefault("entity_enabled", Boolean.TRUE));
        sub.fields().forEach((k, v) -> {
            if (!k.equals("type") && !k.equals("entity_enabled")) {
                dump.put(k, v);
            }
        });
        return dump;
    }

    /** ibek's {@code _make_entity}: render each top-level value against the context, then build and validate. */
    private Entity make(Map<String, Object> params, Map<String, Object> ctx, SourcePosition position,
                        Map<String, SourcePosition> positions, String origin) {
        Map<String, Object> rendered = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Object> p : params.entrySet()) {
                rendered.put(p.getKey(), renderValue(p.getValue(), ctx));
            }
        } catch (TemplateRenderer.RenderFailure e) {
            problems.add(Problem.error(position, "error rendering " + origin + ": " + e.getMessage(), EntityFactory.hint(e)));
            return null;
        }
        String typeName = String.valueOf(rendered.get("type"));
        EntityModel model = types.find(typeName).orElse(null);
        if (model == null) {
            problems.error(position, "unknown entity type '" + typeName + "' in " + origin,
                    VersionSkew.unknownType(types, typeName));
            return null;
        }
        Map<String, Object> values = checkValues(model, rendered, position, positions, origin);
        if (values == null) {
            return null;
        }
        // pydantic validates the rendered entity_enabled as a lax bool: "True" (a rendered {{ ... }}) and "yes" pass,
        // anything else fails the sub-entity (ibek entity_factory.py _make_entity: EntityClass(**params))
        Object enabledValue = rendered.getOrDefault("entity_enabled", Boolean.TRUE);
        Boolean enabled = ValueChecker.toBool(enabledValue);
        if (enabled == null) {
            problems.error(position, "entity_enabled of " + model.typeName() + " expects a boolean, got "
                    + PyValues.repr(enabledValue) + " (in " + origin + ")",
                    "pydantic reads true/false, yes/no, on/off, t/f, y/n, 1/0 in any case");
            return null;
        }
        return factory.createOrReport(model, values, enabled, positions, Set.of(), position, origin, problems)
                .orElse(null);
    }

    private Object renderValue(Object value, Map<String, Object> ctx) throws TemplateRenderer.RenderFailure {
        if (value instanceof String) {
            return renderer.render(value, ctx, Coercion.IMPLICIT);
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list.size());
            for (Object item : list) {
                // the same UTILS.render(context, v) as a top-level value (entity_factory.py _make_entity),
                // so a "| int }}" item is coerced too (ibek-behaviour §3.2: sub-entity values, typ "")
                items.add(renderer.render(item, ctx, Coercion.IMPLICIT));
            }
            return items;
        }
        return value;
    }

    /** @param positions where the instance wrote each key, when it did; errors about a key are reported there */
    private Map<String, Object> checkValues(EntityModel model, Map<String, Object> rendered, SourcePosition position,
                                            Map<String, SourcePosition> positions, String origin) {
        Map<String, Object> values = new LinkedHashMap<>();
        boolean ok = true;
        for (Map.Entry<String, Object> e : rendered.entrySet()) {
            String key = e.getKey();
            if (key.equals("type") || key.equals("entity_enabled")) {
                continue;
            }
            Parameter p = model.parameters().get(key);
            if (p == null) {
                SourcePosition at = positions.getOrDefault(key, position);
                if (!positions.containsKey(key) || reportedKeys.add(at)) {
                    problems.error(at, model.typeName() + " has no parameter '" + key + "' (in " + origin + ")",
                            VersionSkew.unknownParameter(types, model, key));
                }
                ok = false;
                continue;
            }
            if (Builtins.REPEAT.equals(model.typeName()) && key.equals("values") && e.getValue() instanceof String) {
                // RepeatEntity.values is list | str (ibek_builtin/repeat.py): a rendered string that no "| list }}"
                // turned into a list is kept, and repeat() iterates its characters as Python does
                values.put(key, e.getValue());
                continue;
            }
            switch (ValueChecker.check(p, e.getValue())) {
                case ValueChecker.Result.Ok v -> values.put(key, v.value());
                case ValueChecker.Result.Failed f -> {
                    problems.error(positions.getOrDefault(key, position),
                            "parameter '" + key + "' of " + model.typeName() + " expects " + f.expected()
                            + ", got " + PyValues.repr(e.getValue()) + " (in " + origin + ")");
                    ok = false;
                }
            }
        }
        for (Parameter p : model.parameters().values()) {
            if (p.required() && !rendered.containsKey(p.name())) {
                problems.error(position, model.typeName() + " is missing required parameter '" + p.name() + "' (in " + origin + ")",
                        p.name() + " (" + p.type() + "): " + p.description().strip());
                ok = false;
            }
        }
        return ok ? values : null;
    }

    private static boolean isRepeat(Entity e) {
        return Builtins.REPEAT.equals(e.typeName());
    }

    private static String describe(Entity parent) {
        String id = parent.id();
        return parent.typeName() + (id == null ? "" : " '" + id + "'") + " (" + parent.origin() + ")";
    }
}
