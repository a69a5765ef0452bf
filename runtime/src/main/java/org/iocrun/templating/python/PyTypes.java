package org.iocrun.templating.python;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Python type names of template values, for error messages. */
public final class PyTypes {

    private PyTypes() {
    }

    public static String typeName(Object v) {
        return switch (v) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case Integer i -> "int";
            case BigInteger b -> "int";
            case Short s -> "int";
            case Byte b -> "int";
            case Double d -> "float";
            case Float f -> "float";
            case String s -> "str";
            case List<?> l -> "list";
            case PyTuple t -> "tuple";
            case Map<?, ?> m -> "dict";
            case PyRange r -> "range";
            case DictView d -> d.typeName();
            case PyIterator it -> it.typeName();
            case Undefined u -> u.strict() ? "StrictUndefined" : "Undefined";
            case AttributeObject o -> o.typeName();
            case PyObject o -> o.typeName();
            case PyCallable c -> c.typeName();
            case GlobalStore g -> "Utils";
            case java.time.LocalDate d -> "date";
            default -> v.getClass().getSimpleName();
        };
    }

    /** Jinja's {@code object_type_repr}: {@code None}, or {@code '<type> object'} without the quotes. */
    public static String objectTypeRepr(Object v) {
        return v == null ? "None" : typeName(v) + " object";
    }
}
