package org.iocrun.templating.builtins;

import org.iocrun.templating.python.JsonText;

import org.iocrun.templating.python.AttributeObject;
import org.iocrun.templating.python.FloatText;
import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.PyTypes;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Jinja's {@code tojson}: Python's {@code json.dumps(sort_keys=True)} made safe for HTML. */
final class Json {

    private Json() {
    }

    static String htmlSafe(Object value, int indent) {
        StringBuilder out = new StringBuilder();
        write(value, out, indent, 0);
        return out.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("'", "\\u0027");
    }

    private static void write(Object v, StringBuilder out, int indent, int level) {
        switch (v) {
            case null -> out.append("null");
            case Boolean b -> out.append(b ? "true" : "false");
            case String s -> JsonText.quote(s, out);
            case Double d -> out.append(d.isNaN() ? "NaN" : d.isInfinite() ? (d > 0 ? "Infinity" : "-Infinity")
                    : FloatText.repr(d));
            case List<?> l -> array(l, out, indent, level);
            case PyTuple t -> array(t.items(), out, indent, level);
            case Map<?, ?> m -> object(m, out, indent, level);
            case Undefined u -> throw u.failure();
            case AttributeObject o -> JsonText.quote(PyText.text(o), out);
            default -> {
                if (PyNumbers.isIntOrBool(v)) {
                    out.append(PyNumbers.asBig(v));
                } else {
                    throw TemplateFailure.type("Object of type " + PyTypes.typeName(v) + " is not JSON serializable");
                }
            }
        }
    }

    private static void array(List<?> items, StringBuilder out, int indent, int level) {
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append('[');
        for (int i = 0; i < items.size(); i++) {
            separator(out, indent, level + 1, i > 0);
            write(items.get(i), out, indent, level + 1);
        }
        close(out, indent, level);
        out.append(']');
    }

    private static void object(Map<?, ?> map, StringBuilder out, int indent, int level) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
        entries.sort((a, b) -> PyCompare.compare(a.getKey(), b.getKey()));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            separator(out, indent, level + 1, i > 0);
            Object key = entries.get(i).getKey();
            JsonText.quote(key instanceof String s ? s : key instanceof Double d ? FloatText.repr(d)
                    : key instanceof Boolean b ? (b ? "true" : "false") : key == null ? "null" : PyText.str(key), out);
            out.append(": ");
            write(entries.get(i).getValue(), out, indent, level + 1);
        }
        close(out, indent, level);
        out.append('}');
    }

    private static void separator(StringBuilder out, int indent, int level, boolean notFirst) {
        if (notFirst) {
            out.append(indent >= 0 ? "," : ", ");
        }
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

    private static void close(StringBuilder out, int indent, int level) {
        if (indent >= 0) {
            out.append('\n').append(" ".repeat(indent * level));
        }
    }

}
