package org.iocrun.templating.builtins;

import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.PyStrings;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.PyTypes;
import org.iocrun.templating.python.TemplateFailure;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja's {@code pprint} filter: Python's {@code pprint.pformat(value)} with its defaults (width 80, indent 1,
 * dicts sorted by key, not compact). A value whose one-line repr fits is written on one line; a list, tuple or
 * dict that does not fit puts each item on its own line, and a string that does not fit is split after its
 * whitespace into adjacent literals ({@code PrettyPrinter._format} and its {@code _pprint_*} methods).
 */
final class PrettyPrint {

    private static final int WIDTH = 80;
    private static final Pattern WORD_AND_SPACE = Pattern.compile("(?U)\\S*\\s*");

    private final StringBuilder out = new StringBuilder();
    /** The containers being printed, for Python's recursion marker. */
    private final IdentityHashMap<Object, Boolean> open = new IdentityHashMap<>();

    private PrettyPrint() {
    }

    static String format(Object value) {
        PrettyPrint printer = new PrettyPrint();
        printer.format(value, 0, 0, 0);
        return printer.out.toString();
    }

    /** {@code _format}: the one-line repr when it fits in {@code WIDTH - indent - allowance}, else split. */
    private void format(Object value, int indent, int allowance, int level) {
        if (open.containsKey(value)) {
            out.append(recursion(value));
            return;
        }
        String rep = repr(value);
        if (PyStrings.length(rep) <= WIDTH - indent - allowance) {
            out.append(rep);
            return;
        }
        open.put(value, Boolean.TRUE);
        switch (value) {
            case Map<?, ?> m -> printDict(m, indent, allowance, level + 1);
            case List<?> l -> {
                out.append('[');
                formatItems(l, indent, allowance + 1, level + 1);
                out.append(']');
            }
            case PyTuple t -> {
                String end = t.size() == 1 ? ",)" : ")";
                out.append('(');
                formatItems(t.items(), indent, allowance + end.length(), level + 1);
                out.append(end);
            }
            case String s -> printString(s, indent, allowance, level + 1);
            default -> out.append(rep);
        }
        open.remove(value);
    }

    /** {@code _pprint_dict} and {@code _format_dict_items}: one {@code key: value} per line, sorted by key. */
    private void printDict(Map<?, ?> dict, int indent, int allowance, int level) {
        out.append('{');
        List<Map.Entry<?, ?>> items = sortedItems(dict);
        int inner = indent + 1;
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String key = repr(items.get(i).getKey());
            out.append(key).append(": ");
            format(items.get(i).getValue(), inner + PyStrings.length(key) + 2, last ? allowance + 1 : 1, level);
            if (!last) {
                out.append(",\n").append(" ".repeat(inner));
            }
        }
        out.append('}');
    }

    /** {@code _format_items} (not compact): every item on its own line. */
    private void formatItems(List<?> items, int indent, int allowance, int level) {
        int inner = indent + 1;
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0) {
                out.append(",\n").append(" ".repeat(inner));
            }
            format(items.get(i), inner, last ? allowance : 1, level);
        }
    }

    /**
     * {@code _pprint_str}: each line of the string, and within a line too long the runs of non-space plus space,
     * packed into literals that fit; at the top level the literals are parenthesized.
     */
    private void printString(String s, int indent, int allowance, int level) {
        if (s.isEmpty()) {
            out.append(PyText.repr(s));
            return;
        }
        List<String> lines = splitLinesKeepEnds(s);
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = WIDTH - indent;
        int maxWidth1 = maxWidth;
        List<String> chunks = new ArrayList<>();
        String rep = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rep = PyText.repr(line);
            boolean lastLine = i == lines.size() - 1;
            if (lastLine) {
                maxWidth1 -= allowance;
            }
            if (PyStrings.length(rep) <= maxWidth1) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = WORD_AND_SPACE.matcher(line);
            while (m.find()) {
                if (!m.group().isEmpty()) {
                    parts.add(m.group());
                }
            }
            int maxWidth2 = maxWidth;
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                if (j == parts.size() - 1 && lastLine) {
                    maxWidth2 -= allowance;
                }
                if (PyStrings.length(PyText.repr(candidate)) > maxWidth2) {
                    if (!current.isEmpty()) {
                        chunks.add(PyText.repr(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(PyText.repr(current));
            }
        }
        if (chunks.size() == 1) {
            out.append(rep);
            return;
        }
        if (level == 1) {
            out.append('(');
        }
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) {
                out.append('\n').append(" ".repeat(indent));
            }
            out.append(chunks.get(i));
        }
        if (level == 1) {
            out.append(')');
        }
    }

    /** Python's {@code str.splitlines(True)}. */
    private static List<String> splitLinesKeepEnds(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end = -1;
            if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                end = i + 2;
            } else if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c' || c == '\u001d'
                    || c == '\u001e' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                end = i + 1;
            }
            if (end < 0) {
                i++;
                continue;
            }
            lines.add(s.substring(start, end));
            start = end;
            i = end;
        }
        if (start < s.length()) {
            lines.add(s.substring(start));
        }
        return lines;
    }

    /** {@code _safe_repr}: Python's repr, except that dicts (at any depth) list their items sorted by key. */
    private String repr(Object value) {
        switch (value) {
            case null -> {
                return "None";
            }
            case Map<?, ?> m -> {
                if (open.containsKey(m)) {
                    return recursion(m);
                }
                open.put(m, Boolean.TRUE);
                List<String> parts = new ArrayList<>();
                for (Map.Entry<?, ?> e : sortedItems(m)) {
                    parts.add(repr(e.getKey()) + ": " + repr(e.getValue()));
                }
                open.remove(m);
                return "{" + String.join(", ", parts) + "}";
            }
            case List<?> l -> {
                return sequenceRepr(l, l, "[", "]");
            }
            case PyTuple t -> {
                return sequenceRepr(t, t.items(), "(", t.size() == 1 ? ",)" : ")");
            }
            default -> {
                return PyText.repr(value);
            }
        }
    }

    private String sequenceRepr(Object owner, List<?> items, String start, String end) {
        if (open.containsKey(owner)) {
            return recursion(owner);
        }
        open.put(owner, Boolean.TRUE);
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(repr(item));
        }
        open.remove(owner);
        return start + String.join(", ", parts) + end;
    }

    /**
     * {@code sorted(dict.items(), key=_safe_tuple)}: keys in Python's order, and keys Python cannot compare (an
     * int and a str) by their type's name, keeping insertion order where Python would fall back to {@code id()}.
     */
    private static List<Map.Entry<?, ?>> sortedItems(Map<?, ?> dict) {
        List<Map.Entry<?, ?>> items = new ArrayList<>(dict.entrySet());
        items.sort((a, b) -> safeCompare(a.getKey(), b.getKey()));
        return items;
    }

    private static int safeCompare(Object a, Object b) {
        try {
            return PyCompare.compare(a, b);
        } catch (TemplateFailure incomparable) {
            return ("<class '" + PyTypes.typeName(a) + "'>").compareTo("<class '" + PyTypes.typeName(b) + "'>");
        }
    }

    /** Python's marker for a container inside itself; the id is the JVM's, not CPython's. */
    private static String recursion(Object value) {
        return "<Recursion on " + PyTypes.typeName(value) + " with id=" + System.identityHashCode(value) + ">";
    }
}
