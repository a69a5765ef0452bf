package org.iocrun.templating.builtins;

import org.iocrun.templating.python.PyStrings;

import java.util.ArrayList;
import java.util.List;

/** The {@code wordwrap} filter: Python's textwrap, simplified. */
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
}
