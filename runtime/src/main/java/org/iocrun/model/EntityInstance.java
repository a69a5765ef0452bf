package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.util.Map;
import java.util.Set;

/**
 * One entity of an instance file as written, after its type was resolved and its values checked against the
 * model's parameter types. Values are still raw (templates unrendered); generation renders them.
 *
 * @param values         the parameter values the instance supplies, in YAML order (plain Java values)
 * @param valuePositions where each supplied value is, for messages about it
 * @param blockScalars   the parameters whose value is a YAML block scalar ({@code |}, {@code >}): line breaks in
 *                       those are the author's layout, not a stray character
 */
public record EntityInstance(EntityModel model, Map<String, Object> values, boolean enabled,
                             Map<String, SourcePosition> valuePositions, Set<String> blockScalars,
                             SourcePosition position) {

    public EntityInstance {
        values = Ordered.copy(values);
        valuePositions = Ordered.copy(valuePositions);
        blockScalars = Set.copyOf(blockScalars);
    }
}
