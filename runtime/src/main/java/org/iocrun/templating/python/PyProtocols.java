package org.iocrun.templating.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python's truth testing, iteration and {@code len()} over template values. */
public final class PyProtocols {

    private PyProtocols() {
    }

    public static boolean truthy(Object v) {
        return switch (v) {
            case null -> false;
            case Boolean b -> b;
            case String s -> !s.isEmpty();
            case Long l -> l != 0;
            case Double d -> d != 0.0;
            case Integer i -> i != 0;
            case BigInteger b -> b.signum() != 0;
            case List<?> l -> !l.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case PyTuple t -> t.size() > 0;
            case PyRange r -> r.length() > 0;
            case DictView d -> !d.dict().isEmpty();
            case Undefined u -> {
                if (u.strict()) {
                    throw u.failure();
                }
                yield false;
            }
            case Number n -> n.doubleValue() != 0;
            default -> true;
        };
    }

    /** {@code iter(v)} as a Java iterator; strings iterate code points as one-character strings. */
    public static Iterator<Object> iterator(Object v) {
        return switch (v) {
            case List<?> l -> cast(l.iterator());
            case String s -> cast(s.codePoints().mapToObj(Character::toString).iterator());
            case PyTuple t -> t.items().iterator();
            case Map<?, ?> m -> new ArrayList<Object>(m.keySet()).iterator();
            case PyRange r -> rangeIterator(r);
            case DictView d -> d.elements().iterator();
            case PyIterator it -> it.iterator();
            case Undefined u -> {
                if (u.strict()) {
                    throw u.failure();
                }
                yield List.of().iterator();
            }
            case null, default -> throw TemplateFailure.type("'" + PyTypes.typeName(v) + "' object is not iterable");
        };
    }

    /** {@code list(v)}: always a new mutable list. */
    public static List<Object> toList(Object v) {
        if (v instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        List<Object> out = new ArrayList<>();
        iterator(v).forEachRemaining(out::add);
        return out;
    }

    /** The elements of an iterable, without copying when it already is a list or tuple. */
    @SuppressWarnings("unchecked")
    public static List<Object> elements(Object v) {
        if (v instanceof List<?> l) {
            return (List<Object>) l;
        }
        if (v instanceof PyTuple t) {
            return t.items();
        }
        return toList(v);
    }

    public static long len(Object v) {
        return switch (v) {
            case String s -> PyStrings.length(s);
            case List<?> l -> l.size();
            case Map<?, ?> m -> m.size();
            case PyTuple t -> t.size();
            case PyRange r -> r.length();
            case DictView d -> d.dict().size();
            case Undefined u -> {
                if (u.strict()) {
                    throw u.failure();
                }
                yield 0;
            }
            case null, default -> throw TemplateFailure.type("object of type '" + PyTypes.typeName(v)
                    + "' has no len()");
        };
    }

    private static Iterator<Object> rangeIterator(PyRange r) {
        long n = r.length();
        return new Iterator<>() {
            private long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public Object next() {
                return r.get(i++);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Iterator<Object> cast(Iterator<?> it) {
        return (Iterator<Object>) it;
    }
}
