package org.iocrun.templating.python;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Attribute and item access the way Jinja's environment does it ({@code getattr} falls back to item lookup and
 * {@code getitem} to attribute lookup), over the value model only. Nothing here reaches Java reflection: an
 * attribute exists only if this class or the object's own {@link AttributeHolder}/{@link AttributeObject} says so.
 */
public final class Attributes {

    /** Returned by the Python-level lookups when there is no such attribute or item. */
    public static final Object MISSING = new Object();

    private Attributes() {
    }

    /** Jinja's {@code environment.getattr(obj, name)} ({@code obj.name}). */
    public static Object getattr(Object obj, String name) {
        if (obj instanceof Undefined u) {
            throw u.failure();
        }
        Object value = pythonAttribute(obj, name);
        if (value != MISSING) {
            return value;
        }
        value = pythonItem(obj, name);
        return value != MISSING ? value : Undefined.member(obj, name);
    }

    /** Jinja's {@code environment.getitem(obj, key)} ({@code obj[key]}). */
    public static Object getitem(Object obj, Object key) {
        if (obj instanceof Undefined u) {
            throw u.failure();
        }
        Object value = pythonItem(obj, key);
        if (value != MISSING) {
            return value;
        }
        if (key instanceof String name) {
            value = pythonAttribute(obj, name);
            if (value != MISSING) {
                return value;
            }
        }
        return Undefined.member(obj, key);
    }

    /** Python's {@code getattr(obj, name)} over the value model, or {@link #MISSING}. */
    public static Object pythonAttribute(Object obj, String name) {
        return switch (obj) {
            case String s -> StrMethods.NAMES.contains(name) ? new BoundMethod(s, name) : MISSING;
            case List<?> l -> ListMethods.NAMES.contains(name) ? new BoundMethod(l, name) : MISSING;
            case Map<?, ?> m -> DictMethods.NAMES.contains(name) ? new BoundMethod(m, name) : MISSING;
            case PyTuple t -> name.equals("count") || name.equals("index") ? new BoundMethod(t, name)
                    : t.fieldNames().contains(name) ? t.get(t.fieldNames().indexOf(name)) : MISSING;
            case PyRange r -> switch (name) {
                case "start" -> r.start();
                case "stop" -> r.stop();
                case "step" -> r.step();
                case "count", "index" -> new BoundMethod(r, name);
                default -> MISSING;
            };
            case Double d -> switch (name) {
                case "real" -> d;
                case "imag" -> 0.0;
                case "is_integer" -> new BoundMethod(d, name);
                default -> MISSING;
            };
            case AttributeObject o -> o.hasAttribute(name) ? o.attribute(name) : MISSING;
            case AttributeHolder h -> h.attribute(name);
            case GlobalStore g -> Methods.GLOBAL_NAMES.contains(name) ? new BoundMethod(g, name)
                    : name.equals("variables") ? g.variables() : MISSING;
            case Undefined u -> throw u.failure();
            case null -> MISSING;
            default -> PyNumbers.isIntOrBool(obj) ? intAttribute(obj, name) : MISSING;
        };
    }

    private static Object intAttribute(Object i, String name) {
        return switch (name) {
            case "real", "numerator" -> PyNumbers.normalize(PyNumbers.asBig(i));
            case "imag" -> 0L;
            case "denominator" -> 1L;
            case "bit_length" -> new BoundMethod(i, name);
            default -> MISSING;
        };
    }

    /** Python's {@code obj[key]} over the value model, or {@link #MISSING} (KeyError, IndexError, TypeError). */
    public static Object pythonItem(Object obj, Object key) {
        if (key instanceof Undefined u && !(obj instanceof Map<?, ?>)) {
            throw u.failure();
        }
        return switch (obj) {
            case Map<?, ?> m -> {
                Object v = PyDicts.get(m, key);
                yield v == PyDicts.ABSENT ? MISSING : v;
            }
            case List<?> l -> element(l, key);
            case PyTuple t -> element(t.items(), key);
            case String s -> {
                if (!PyNumbers.isIntOrBool(key) || !PyNumbers.isSmall(key)) {
                    yield MISSING;
                }
                long n = PyStrings.length(s);
                long i = PyNumbers.asLong(key);
                if (i < 0) {
                    i += n;
                }
                if (i < 0 || i >= n) {
                    yield MISSING;
                }
                int offset = PyStrings.offset(s, (int) i);
                yield s.substring(offset, s.offsetByCodePoints(offset, 1));
            }
            case PyRange r -> {
                if (!PyNumbers.isIntOrBool(key) || !PyNumbers.isSmall(key)) {
                    yield MISSING;
                }
                long i = PyNumbers.asLong(key);
                long n = r.length();
                if (i < 0) {
                    i += n;
                }
                yield i < 0 || i >= n ? MISSING : (Object) r.get(i);
            }
            case null, default -> MISSING;
        };
    }

    private static Object element(List<?> list, Object key) {
        if (!PyNumbers.isIntOrBool(key) || !PyNumbers.isSmall(key)) {
            return MISSING;
        }
        long i = PyNumbers.asLong(key);
        if (i < 0) {
            i += list.size();
        }
        return i < 0 || i >= list.size() ? MISSING : list.get((int) i);
    }

    /** {@code obj[start:stop:step]} with Python's slice rules; bounds may be null (None). */
    public static Object slice(Object obj, Object start, Object stop, Object step) {
        if (obj instanceof Undefined u) {
            throw u.failure();
        }
        long length = switch (obj) {
            case String s -> PyStrings.length(s);
            case List<?> l -> l.size();
            case PyTuple t -> t.size();
            case PyRange r -> r.length();
            case null, default -> throw TemplateFailure.type("'" + PyTypes.typeName(obj) + "' object is not subscriptable");
        };
        long[] bounds = adjust(length, start, stop, step);
        long from = bounds[0];
        long by = bounds[2];
        int count = (int) bounds[3];
        return switch (obj) {
            case String s -> {
                if (by == 1 && PyStrings.isSimple(s)) {
                    yield s.substring((int) from, (int) from + count);
                }
                int[] cps = PyStrings.codePoints(s);
                StringBuilder out = new StringBuilder(count);
                for (int k = 0; k < count; k++) {
                    out.appendCodePoint(cps[(int) (from + k * by)]);
                }
                yield out.toString();
            }
            case List<?> l -> picked(l, from, by, count);
            case PyTuple t -> new PyTuple(picked(t.items(), from, by, count));
            default -> {
                PyRange r = (PyRange) obj;
                long newStart = r.get(from);
                long newStep = r.step() * by;
                yield new PyRange(newStart, newStart + newStep * count, newStep);
            }
        };
    }

    private static List<Object> picked(List<?> items, long from, long by, int count) {
        List<Object> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(items.get((int) (from + k * by)));
        }
        return out;
    }

    /** CPython's {@code PySlice_AdjustIndices}: start, stop, step and the slice length. */
    private static long[] adjust(long length, Object startValue, Object stopValue, Object stepValue) {
        long step = stepValue == null ? 1 : bound(stepValue);
        if (step == 0) {
            throw TemplateFailure.value("slice step cannot be zero");
        }
        long start;
        long stop;
        if (startValue == null) {
            start = step < 0 ? length - 1 : 0;
        } else {
            start = bound(startValue);
            if (start < 0) {
                start += length;
                if (start < 0) {
                    start = step < 0 ? -1 : 0;
                }
            } else if (start >= length) {
                start = step < 0 ? length - 1 : length;
            }
        }
        if (stopValue == null) {
            stop = step < 0 ? -1 : length;
        } else {
            stop = bound(stopValue);
            if (stop < 0) {
                stop += length;
                if (stop < 0) {
                    stop = step < 0 ? -1 : 0;
                }
            } else if (stop >= length) {
                stop = step < 0 ? length - 1 : length;
            }
        }
        long count;
        if (step < 0) {
            count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        } else {
            count = start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return new long[] {start, stop, step, count};
    }

    private static long bound(Object v) {
        if (v instanceof BigInteger b) {
            return b.signum() < 0 ? Long.MIN_VALUE / 4 : Long.MAX_VALUE / 4;
        }
        return PyNumbers.index(v, "slice indices must be integers or None or have an __index__ method");
    }
}
