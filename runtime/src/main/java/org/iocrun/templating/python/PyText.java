package org.iocrun.templating.python;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Python's {@code str()} and {@code repr()} of template values. */
public final class PyText {

    private PyText() {
    }

    public static String str(Object v) {
        return switch (v) {
            case null -> "None";
            case String s -> s;
            case Boolean b -> b ? "True" : "False";
            case Long l -> Long.toString(l);
            case Integer i -> Integer.toString(i);
            case Double d -> FloatText.repr(d);
            case Undefined u -> {
                if (u.strict()) {
                    throw u.failure();
                }
                yield "";
            }
            case AttributeObject o -> text(o);
            case LocalDate d -> d.toString();
            default -> repr(v);
        };
    }

    public static String repr(Object v) {
        StringBuilder out = new StringBuilder();
        repr(v, out, null);
        return out.toString();
    }

    /** {@code str(obj)} of an entity-like object, its id. */
    public static String text(AttributeObject o) {
        try {
            return o.text();
        } catch (TemplateError e) {
            throw new TemplateFailure(e.kind(), e.jinjaMessage());
        }
    }

    private static void repr(Object v, StringBuilder out, IdentityHashMap<Object, Boolean> open) {
        switch (v) {
            case null -> out.append("None");
            case String s -> quote(s, out);
            case Boolean b -> out.append(b ? "True" : "False");
            case Long l -> out.append(l);
            case Integer i -> out.append(i);
            case Short s -> out.append(s);
            case Byte b -> out.append(b);
            case BigInteger b -> out.append(b);
            case Double d -> out.append(FloatText.repr(d));
            case Float f -> out.append(FloatText.repr(f));
            case List<?> l -> sequence(l, l, "[", "]", out, open);
            case PyTuple t -> sequence(t, t.items(), "(", t.size() == 1 ? ",)" : ")", out, open);
            case Map<?, ?> m -> mapping(m, out, open);
            case PyRange r -> out.append("range(").append(r.start()).append(", ").append(r.stop())
                    .append(r.step() == 1 ? "" : ", " + r.step()).append(')');
            case DictView d -> {
                out.append(d.typeName()).append('(');
                sequence(d, d.elements(), "[", "]", out, open);
                out.append(')');
            }
            case PyIterator it -> out.append('<').append(it.typeName()).append(" object>");
            // StrictUndefined inherits Undefined.__repr__
            case Undefined u -> out.append("Undefined");
            case AttributeObject o -> out.append(text(o));
            case PyObject o -> out.append(o.repr());
            case PyCallable c -> out.append("<").append(c.typeName()).append(">");
            case GlobalStore g -> out.append("<ibek.utils.Utils object>");
            case LocalDate d -> out.append("datetime.date(").append(d.getYear()).append(", ")
                    .append(d.getMonthValue()).append(", ").append(d.getDayOfMonth()).append(')');
            default -> out.append('<').append(PyTypes.typeName(v)).append(" object>");
        }
    }

    private static void sequence(Object owner, List<?> items, String open, String close, StringBuilder out,
                                 IdentityHashMap<Object, Boolean> seen) {
        IdentityHashMap<Object, Boolean> active = seen == null ? new IdentityHashMap<>() : seen;
        if (active.put(owner, Boolean.TRUE) != null) {
            out.append(open).append("...").append(close);
            return;
        }
        out.append(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            repr(items.get(i), out, active);
        }
        out.append(close);
        active.remove(owner);
    }

    private static void mapping(Map<?, ?> m, StringBuilder out, IdentityHashMap<Object, Boolean> seen) {
        IdentityHashMap<Object, Boolean> active = seen == null ? new IdentityHashMap<>() : seen;
        if (active.put(m, Boolean.TRUE) != null) {
            out.append("{...}");
            return;
        }
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            repr(e.getKey(), out, active);
            out.append(": ");
            repr(e.getValue(), out, active);
        }
        out.append('}');
        active.remove(m);
    }

    /** Python's string repr: single quotes unless the text has ' and no ", escapes for unprintable characters. */
    public static void quote(String s, StringBuilder out) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(out, "\\x", c, 2);
            } else if (c < 0x7f || PyStrings.isPrintable(c)) {
                out.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(out, "\\x", c, 2);
            } else if (c <= 0xffff) {
                hex(out, "\\u", c, 4);
            } else {
                hex(out, "\\U", c, 8);
            }
        }
        out.append(quote);
    }

    private static void hex(StringBuilder out, String prefix, int c, int width) {
        String h = Integer.toHexString(c);
        out.append(prefix).append("0".repeat(width - h.length())).append(h);
    }
}
