package org.iocrun.templating.python;

/**
 * An object templates see with attributes, such as an ibek entity referenced by an {@code object} parameter: it
 * prints as its id ({@code {{ controller }}}) and exposes its fields ({@code {{ controller.P }}}). Templates reach
 * nothing else of it.
 */
public interface AttributeObject {

    /** Python's {@code str(obj)}; throws a {@link TemplateError.Kind#VALUE} error when the object has no id. */
    String text() throws TemplateError;

    boolean hasAttribute(String name);

    /** The attribute's value in the template value model; {@code null} is Python's {@code None}. */
    Object attribute(String name);

    /** The type name used in {@code '<typeName> object' has no attribute 'x'}. */
    String typeName();
}
