package org.iocrun.generation;

import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.model.Builtins;
import org.iocrun.model.EntityModel;
import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;
import org.iocrun.templating.python.AttributeObject;
import org.iocrun.templating.python.TemplateError;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity after phase-1 rendering: ibek's Entity object. Its fields are what templates see: {@code type},
 * {@code entity_enabled}, every parameter in declaration order, then the defines. It prints as its id, and
 * references to other entities are the {@link Entity} objects themselves.
 *
 * <p>Fields are filled while phase 1 renders (templates see the partly rendered entity, as in ibek) and are not
 * changed once {@link EntityFactory} is done with it (phase 1, then ibek's {@code fixup_enums} on top-level
 * entities, both the factory's); list values stay mutable because ibek templates mutate them
 * ({@code list.append}).
 */
public final class Entity implements AttributeObject {

    private final EntityModel model;
    private final Map<String, Object> fields;
    private final SourcePosition position;
    private final String origin;
    private final Map<String, SourcePosition> valuePositions;
    private final Set<String> blockScalars;

    Entity(EntityModel model, Map<String, Object> fields, SourcePosition position, String origin,
           Map<String, SourcePosition> valuePositions, Set<String> blockScalars) {
        this.model = model;
        this.fields = fields;
        this.position = position;
        this.origin = origin;
        this.valuePositions = Map.copyOf(valuePositions);
        this.blockScalars = Set.copyOf(blockScalars);
    }

    public EntityModel model() {
        return model;
    }

    /** Every field in ibek's {@code __dict__} order (read-only view). */
    public Map<String, Object> fields() {
        return Collections.unmodifiableMap(fields);
    }

    /** The live map phase 1 renders into; only the factory writes it. */
    Map<String, Object> mutableFields() {
        return fields;
    }

    public SourcePosition position() {
        return position;
    }

    /** Where the instance wrote the value of {@code field}; the entity's own position for defaults and defines. */
    public SourcePosition valuePosition(String field) {
        return valuePositions.getOrDefault(field, position);
    }

    /** Where the instance wrote each value (and, as {@code field.key}, the keys of mapping values). */
    Map<String, SourcePosition> valuePositions() {
        return valuePositions;
    }

    /** Whether the instance wrote {@code field}'s value as a YAML block scalar, whose line breaks are meant. */
    public boolean isBlockScalar(String field) {
        return blockScalars.contains(field);
    }

    /** How this entity came to be, for annotations and messages: "ioc.yaml:12" or "sub-entity of X at ...". */
    public String origin() {
        return origin;
    }

    public boolean enabled() {
        return Boolean.TRUE.equals(fields.get("entity_enabled"));
    }

    public boolean isBuiltin() {
        return Builtins.isBuiltin(model);
    }

    @Override
    public String typeName() {
        return model.typeName();
    }

    /** The id value, or null when the model has no id parameter. */
    public String id() {
        return model.idParameter().map(p -> fields.get(p.name())).map(String::valueOf).orElse(null);
    }

    /**
     * ibek's {@code model_dump()}: declared fields only (no defines), referenced entities as nested dicts. This is
     * what sub-entity templates see of their parent (ibek-behaviour §3.7 sub-entities and repeats).
     */
    public Map<String, Object> dump() {
        Map<String, Object> dump = new LinkedHashMap<>();
        dump.put("type", fields.get("type"));
        dump.put("entity_enabled", fields.get("entity_enabled"));
        for (Parameter p : model.parameters().values()) {
            if (fields.containsKey(p.name())) {
                dump.put(p.name(), dumpValue(fields.get(p.name())));
            }
        }
        return dump;
    }

    private static Object dumpValue(Object value) {
        return switch (value) {
            case Entity e -> e.dump();
            case List<?> list -> {
                List<Object> copy = new ArrayList<>(list.size());
                for (Object item : list) {
                    copy.add(dumpValue(item));
                }
                yield copy;
            }
            case null, default -> value;
        };
    }

    @Override
    public String text() throws TemplateError {
        String id = id();
        if (id == null) {
            throw new TemplateError(TemplateError.Kind.VALUE,
                    "Entity " + typeName() + " has no id field - convert to str failed", "", 0);
        }
        return id;
    }

    @Override
    public boolean hasAttribute(String name) {
        return fields.containsKey(name);
    }

    @Override
    public Object attribute(String name) {
        return fields.get(name);
    }

    /** True when {@code name} is an enum parameter of this entity's model. */
    boolean isEnum(String name) {
        Parameter p = model.parameters().get(name);
        return p != null && p.type() == ParamType.ENUM;
    }

    @Override
    public String toString() {
        String id = id();
        return id != null ? id : typeName();
    }
}
