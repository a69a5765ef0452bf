package org.iocrun.templating.python;

/** A runtime object with named attributes (loop context, namespace, cycler): the only attributes templates see. */
public interface AttributeHolder extends PyObject {

    /** The attribute's value, or {@link Attributes#MISSING}. */
    Object attribute(String name);
}
