package org.iocrun.schema.typing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * pydantic's {@code type: Literal["x"] = "x"}: a string field that may only hold {@code value}, which is also its
 * default (so it is optional). It is what a discriminated union tells its members apart by.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Literal {

    String value();
}
