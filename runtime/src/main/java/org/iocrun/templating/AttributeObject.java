package org.iocrun.templating;
/** STAND-IN until the templating branch merges. */
public interface AttributeObject {
    String text() throws TemplateError;
    boolean hasAttribute(String name);
    Object attribute(String name);
    String typeName();
}
