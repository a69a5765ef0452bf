package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.Methods;
import org.iocrun.templating.python.PercentFormat;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyStrings;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Jinja's string filters. Filters that take a string apply Python's {@code str()} to their input first. */
final class TextFilters {

    private TextFilters() {
    }

    static void register(Map<String, JinjaFilter> f) {
        f.put("string", (v, a, c) -> noArgs(a, "string", PyText.str(v)));
        f.put("upper", (v, a, c) -> noArgs(a, "upper", PyText.str(v).toUpperCase(Locale.ROOT)));
        f.put("lower", (v, a, c) -> noArgs(a, "lower", PyText.str(v).toLowerCase(Locale.ROOT)));
        f.put("capitalize", (v, a, c) -> noArgs(a, "capitalize", method(PyText.str(v), "capitalize")));
        f.put("title", (v, a, c) -> noArgs(a, "title", title(PyText.str(v))));
        f.put("trim", (v, a, c) -> {
            Object[] p = a.bind("do_trim", new String[] {"chars"}, new Object[] {null});
            return method(PyText.str(v), "strip", p[0]);
        });
        f.put("replace", (v, a, c) -> {
            Object[] p = a.bind("do_replace", new String[] {"old", "new", "count"}, new Object[] {Args.REQUIRED,
                    Args.REQUIRED, null});
            String s = PyText.str(v);
            return p[2] == null ? method(s, "replace", PyText.str(p[0]), PyText.str(p[1]))
                    : method(s, "replace", PyText.str(p[0]), PyText.str(p[1]), p[2]);
        });
        f.put("format", (v, a, c) -> {
            if (a.size() > 0 && a.hasKeywords()) {
                throw TemplateFailure.runtime("can't handle positional and keyword arguments at the same time");
            }
            Object args = a.hasKeywords() ? new java.util.LinkedHashMap<Object, Object>(a.keywords())
                    : new PyTuple(a.positional());
            return PercentFormat.format(PyText.str(v), args);
        });
        f.put("center", (v, a, c) -> {
            Object[] p = a.bind("center", new String[] {"width"}, new Object[] {80L});
            return method(PyText.str(v), "center", p[0]);
        });
        f.put("indent", (v, a, c) -> {
            Object[] p = a.bind("do_indent", new String[] {"width", "first", "blank"}, new Object[] {4L, false, false});
            return indent(PyText.str(v), p[0], PyProtocols.truthy(p[1]), PyProtocols.truthy(p[2]));
        });
        f.put("truncate", (v, a, c) -> {
            Object[] p = a.bind("do_truncate", new String[] {"length", "killwords", "end", "leeway"},
                    new Object[] {255L, false, "...", null});
            return truncate(PyText.str(v), p);
        });
        f.put("wordcount", (v, a, c) -> noArgs(a, "wordcount", wordcount(PyText.str(v))));
        f.put("wordwrap", (v, a, c) -> {
            Object[] p = a.bind("do_wordwrap", new String[] {"width", "break_long_words", "wrapstring",
                    "break_on_hyphens"}, new Object[] {79L, true, null, true});
            return Wrapping.wordwrap(PyText.str(v), (int) PyNumbers.index(p[0], "%s"), PyProtocols.truthy(p[1]),
                    p[2] == null ? "\n" : PyText.str(p[2]), PyProtocols.truthy(p[3]));
        });
        JinjaFilter escape = (v, a, c) -> noArgs(a, "escape", escape(PyText.str(v)));
        f.put("escape", escape);
        f.put("e", escape);
        f.put("forceescape", escape);
        f.put("safe", (v, a, c) -> noArgs(a, "safe", PyText.str(v)));
        f.put("striptags", (v, a, c) -> noArgs(a, "striptags", striptags(PyText.str(v))));
        f.put("urlencode", (v, a, c) -> noArgs(a, "urlencode", urlencode(v)));
        f.put("urlize", (v, a, c) -> Urlize.filter(v, a));
        f.put("xmlattr", (v, a, c) -> {
            Object[] p = a.bind("do_xmlattr", new String[] {"autospace"}, new Object[] {true});
            return xmlattr(v, PyProtocols.truthy(p[0]));
        });
        f.put("pprint", (v, a, c) -> noArgs(a, "pprint", PrettyPrint.format(v)));
        f.put("tojson", (v, a, c) -> {
            Object[] p = a.bind("do_tojson", new String[] {"indent"}, new Object[] {null});
            return Json.htmlSafe(v, p[0] == null ? -1 : (int) PyNumbers.index(p[0], "%s"));
        });
    }

    private static Object noArgs(Args a, String name, Object result) {
        a.expectPositional(name, 0, 0);
        return result;
    }

    private static Object method(String s, String name, Object... args) {
        return Methods.callValue(org.iocrun.templating.python.Attributes.pythonAttribute(s, name), Args.of(args), null);
    }

    /** Jinja's {@code do_title}: capitalise each word, words starting after {@code -}, whitespace or brackets. */
    static String title(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean wordStart = true;
        int[] cps = PyStrings.codePoints(s);
        for (int c : cps) {
            boolean separator = c == '-' || c == '(' || c == '{' || c == '[' || c == '<' || PyStrings.isSpace(c);
            if (separator) {
                out.appendCodePoint(c);
                wordStart = true;
            } else if (wordStart) {
                out.append(Character.toString(c).toUpperCase(Locale.ROOT));
                wordStart = false;
            } else {
                out.append(Character.toString(c).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static String indent(String text, Object width, boolean first, boolean blank) {
        String indention = width instanceof String s ? s : " ".repeat((int) PyNumbers.index(width, "%s"));
        List<Object> lines = new ArrayList<>((List<?>) method(text + "\n", "splitlines"));
        StringBuilder out = new StringBuilder();
        if (blank) {
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    out.append('\n').append(indention);
                }
                out.append(lines.get(i));
            }
        } else {
            out.append(lines.removeFirst());
            for (Object line : lines) {
                String l = (String) line;
                out.append('\n').append(l.isEmpty() ? "" : indention + l);
            }
        }
        return first ? indention + out : out.toString();
    }

    private static String truncate(String s, Object[] p) {
        long length = PyNumbers.index(p[0], "%s");
        boolean killwords = PyProtocols.truthy(p[1]);
        String end = PyText.str(p[2]);
        long leeway = p[3] == null ? 5 : PyNumbers.index(p[3], "%s");
        int endLength = PyStrings.length(end);
        if (length < endLength) {
            throw TemplateFailure.runtime("expected length >= " + endLength + ", got " + length);
        }
        if (leeway < 0) {
            throw TemplateFailure.runtime("expected leeway >= 0, got " + leeway);
        }
        if (PyStrings.length(s) <= length + leeway) {
            return s;
        }
        String head = s.substring(0, PyStrings.offset(s, (int) (length - endLength)));
        if (killwords) {
            return head + end;
        }
        int space = head.lastIndexOf(' ');
        return (space < 0 ? head : head.substring(0, space)) + end;
    }

    private static long wordcount(String s) {
        long n = 0;
        boolean inWord = false;
        for (int c : PyStrings.codePoints(s)) {
            boolean word = Character.isLetterOrDigit(c) || c == '_';
            if (word && !inWord) {
                n++;
            }
            inWord = word;
        }
        return n;
    }

    /** markupsafe's escaping of {@code & < > ' "}. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** markupsafe's {@code striptags}: drop comments and tags, unescape entities, collapse whitespace. */
    private static String striptags(String s) {
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i + 4);
                if (end >= 0) {
                    i = end + 3;
                    continue;
                }
            }
            if (s.charAt(i) == '<') {
                int end = s.indexOf('>', i + 1);
                if (end >= 0) {
                    i = end + 1;
                    continue;
                }
            }
            text.append(s.charAt(i++));
        }
        String unescaped = text.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
        StringBuilder out = new StringBuilder();
        for (Object word : (List<?>) method(unescaped, "split")) {
            out.append(out.isEmpty() ? "" : " ").append(word);
        }
        return out.toString();
    }

    private static String urlencode(Object v) {
        if (v instanceof String s) {
            return quote(s, false);
        }
        if (v instanceof Undefined u) {
            throw u.failure();
        }
        Iterator<Object> items;
        if (v instanceof Map<?, ?> m) {
            List<Object> pairs = new ArrayList<>();
            m.forEach((k, val) -> pairs.add(PyTuple.of(k, val)));
            items = pairs.iterator();
        } else if (PyNumbers.isNumber(v) || v == null) {
            return quote(PyText.str(v), false);
        } else {
            items = PyProtocols.iterator(v);
        }
        List<String> parts = new ArrayList<>();
        while (items.hasNext()) {
            List<Object> pair = keyValue(items.next());
            parts.add(quote(PyText.str(pair.get(0)), true) + "=" + quote(PyText.str(pair.get(1)), true));
        }
        return String.join("&", parts);
    }

    /** {@code for k, v in items}: Python's unpacking of one item into two. */
    private static List<Object> keyValue(Object item) {
        List<Object> pair;
        try {
            pair = PyProtocols.elements(item);
        } catch (TemplateFailure notIterable) {
            if (item instanceof Undefined u) {
                throw u.failure();
            }
            throw TemplateFailure.type("cannot unpack non-iterable " + org.iocrun.templating.python.PyTypes.typeName(item)
                    + " object");
        }
        if (pair.size() < 2) {
            throw TemplateFailure.value("not enough values to unpack (expected 2, got " + pair.size() + ")");
        }
        if (pair.size() > 2) {
            throw TemplateFailure.value("too many values to unpack (expected 2)");
        }
        return pair;
    }

    /** Python's {@code urllib.parse.quote}: safe {@code /} (none for query strings, where space is {@code +}). */
    static String quote(String s, boolean forQuery) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                    || c == '-' || c == '~' || (c == '/' && !forQuery)) {
                out.append((char) c);
            } else if (c == ' ' && forQuery) {
                out.append('+');
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String xmlattr(Object v, boolean autospace) {
        if (!(v instanceof Map<?, ?> m)) {
            throw TemplateFailure.type("'" + org.iocrun.templating.python.PyTypes.typeName(v)
                    + "' object has no attribute 'items'");
        }
        List<String> items = new ArrayList<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            Object value = e.getValue();
            if (value == null || value instanceof Undefined) {
                continue;
            }
            String key = PyText.str(e.getKey());
            if (key.chars().anyMatch(ch -> PyStrings.isSpace(ch) || ch == '/' || ch == '>' || ch == '=')) {
                throw TemplateFailure.value("Invalid character in attribute name: " + PyText.repr(key));
            }
            items.add(escape(key) + "=\"" + escape(PyText.str(value)) + "\"");
        }
        String rv = String.join(" ", items);
        return autospace && !rv.isEmpty() ? " " + rv : rv;
    }
}
