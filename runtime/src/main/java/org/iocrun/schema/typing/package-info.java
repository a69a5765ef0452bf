/**
 * Python typing for victools: a generator module ({@link org.iocrun.schema.typing.PydanticConventions}) and the
 * types and annotations that let Java records say what a pydantic model says ({@code Optional[T]} as
 * {@link java.util.Optional}, {@code Union[A, B]} as {@link org.iocrun.schema.typing.Union}, {@code dict[str, T]} as
 * {@link java.util.Map}, defaults, literals, discriminated unions), so the generated schema is pydantic's.
 */
package org.iocrun.schema.typing;
