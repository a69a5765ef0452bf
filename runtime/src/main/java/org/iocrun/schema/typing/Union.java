package org.iocrun.schema.typing;

/**
 * Python's {@code Union[A, B]} for schema generation: a value of either type. pydantic writes it as
 * {@code anyOf: [A, B]}, and nested unions (as in {@code Optional[Union[A, B]]}) are flattened into one list.
 * Never instantiated: it only names a field's type in the schema-description records.
 */
public interface Union<A, B> {
}
