package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.util.Map;

/**
 * One parameter of an entity model: what an instance supplies.
 *
 * @param defaultValue the raw default as loaded from YAML (not validated against the type, as in ibek), or
 *                     {@code null} when the parameter is required (ibek treats {@code default: null} as absent)
 * @param enumValues   for {@link ParamType#ENUM}: keys (what instances write) to values (what is rendered; a null
 *                     value means the key itself), in YAML order; empty for other types
 */
public record Parameter(String name, ParamType type, String description, Object defaultValue,
                        Map<Object, Object> enumValues, SourcePosition position) {

    public Parameter {
        enumValues = Ordered.copy(enumValues);
    }

    public boolean required() {
        return defaultValue == null;
    }
}
