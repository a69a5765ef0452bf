package org.iocrun.templating.builtins;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyStrings;
import org.iocrun.templating.python.PyText;

import java.util.ArrayList;
import java.util.List;

/** Text layout filters: {@code wordwrap} (Python's textwrap, simplified) and {@code urlize}. */
final class Wrapping {

    private Wrapping() {
    }

    /** Wraps each line of the text to {@code width} columns, greedily by words. */
    static String wordwrap(String text, int width, boolean breakLongWords, String wrapString, boolean breakOnHyphens) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            out.add(String.join(wrapString, wrapLine(line, width, breakLongWords, breakOnHyphens)));
        }
        if (!out.isEmpty() && text.endsWith("\n")) {
            out.removeLast();
        }
        return String.join(wrapString, out);
    }

    private static List<String> wrapLine(String line, int width, boolean breakLongWords, boolean breakOnHyphens) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int c : PyStrings.codePoints(line)) {
            boolean space = PyStrings.isSpace(c);
            if (current.length() > 0 && space != PyStrings.isSpace(current.codePointAt(0))) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(c);
            if (!space && breakOnHyphens && c == '-' && current.length() > 1) {
                chunks.add(current.toString());
                current.setLength(0);
            }
        }
        if (current.length() > 0) {
            chunks.add(current.toString());
        }
        List<String> lines = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String chunk : chunks) {
            boolean space = PyStrings.isSpace(chunk.codePointAt(0));
            if (space && row.length() == 0) {
                continue;
            }
            if (PyStrings.length(row.toString()) + PyStrings.length(chunk) <= width) {
                row.append(chunk);
                continue;
            }
            if (space) {
                continue;
            }
            String rest = chunk;
            if (row.length() > 0) {
                lines.add(row.toString().stripTrailing());
                row.setLength(0);
            }
            while (breakLongWords && PyStrings.length(rest) > width && width > 0) {
                lines.add(rest.substring(0, PyStrings.offset(rest, width)));
                rest = rest.substring(PyStrings.offset(rest, width));
            }
            row.append(rest);
        }
        if (row.length() > 0) {
            lines.add(row.toString().stripTrailing());
        }
        return lines;
    }

    /** Jinja's {@code urlize}, simplified: links words that start with a scheme or {@code www.}. */
    static String urlize(String text, Args a) {
        Object[] p = a.bind("do_urlize", new String[] {"trim_url_limit", "nofollow", "target", "rel",
                "extra_schemes"}, new Object[] {null, false, null, null, null});
        Integer limit = p[0] == null ? null : (int) PyNumbers.index(p[0], "%s");
        StringBuilder rel = new StringBuilder(PyProtocols.truthy(p[1]) ? "nofollow " : "");
        rel.append(p[3] == null ? "noopener" : PyText.str(p[3]));
        String target = p[2] == null ? "" : " target=\"" + TextFilters.escape(PyText.str(p[2])) + "\"";
        StringBuilder out = new StringBuilder();
        for (String word : text.split("(?<=\\s)|(?=\\s)")) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("www.")) {
                String href = lower.startsWith("www.") ? "https://" + word : word;
                String shown = limit != null && word.length() > limit ? word.substring(0, limit) + "..." : word;
                out.append("<a href=\"").append(TextFilters.escape(href)).append("\" rel=\"")
                        .append(rel.toString().strip()).append('"').append(target).append('>')
                        .append(TextFilters.escape(shown)).append("</a>");
            } else {
                out.append(TextFilters.escape(word));
            }
        }
        return out.toString();
    }
}
