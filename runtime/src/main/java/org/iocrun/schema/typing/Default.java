package org.iocrun.schema.typing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The default of a field, as JSON text ({@code "[]"}, {@code "null"}, {@code "\"every\""}). As in pydantic, a field
 * with a default is optional and every other field is required.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Default {

    String value();
}
