package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.util.Map;

/**
 * A {@code sub_entities} item: a further entity created for each instance of the model (ibek-behaviour §2.9
 * sub_entities, §3.7 sub-entities and repeats). Its fields are free-form until instantiation, when they are rendered
 * and checked against the named type.
 *
 * @param fields every key of the item in order, including {@code type} (plain Java values)
 */
public record SubEntity(String type, Map<String, Object> fields, SourcePosition position) {

    public SubEntity {
        fields = Ordered.copy(fields);
    }
}
