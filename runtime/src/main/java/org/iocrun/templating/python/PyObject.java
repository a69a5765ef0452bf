package org.iocrun.templating.python;

/** A runtime object of the template language that is not plain data (loop context, namespace, cycler, ...). */
public interface PyObject {

    /** The Python type name, used in error messages. */
    String typeName();

    /** Python's {@code repr()}; also its {@code str()} unless overridden. */
    default String repr() {
        return "<" + typeName() + " object>";
    }
}
