package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The cause of a YAML syntax error, where it lies before the spot the parser noticed it. Two mistakes are
 * reported far from where they were made: a quote left open (the parser reads on, lines later, and fails
 * somewhere in what it took for the string) and a key indented more than its siblings (YAML reads it as the
 * continuation of the value above and fails at its ':'). Only consulted when parsing has already failed.
 */
final class ParseErrorCauses {

    /** A line that reads like a mapping key, in block style: what a quoted string should not swallow. */
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*(- )?[A-Za-z_][\\w.-]*:(\\s.*)?$");
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][\\w.-]*");

    private final String text;
    private final Path file;

    ParseErrorCauses(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    /**
     * The quote that opened a string which swallowed lines that read like keys, or that is still open at the fault:
     * at the opening quote. Scans the text as YAML does for quotes: a quote opens a scalar only where a value may
     * start, {@code \} escapes in double quotes, {@code ''} is a quote in single quotes, {@code #} after a space
     * starts a comment.
     *
     * @param faultIndex the character index where the parser failed
     */
    Optional<Problem> unclosedQuote(int faultIndex) {
        Optional<Problem> cause = Optional.empty();
        int i = 0;
        int end = Math.min(faultIndex, text.length());
        while (i < end) {
            char c = text.charAt(i);
            if ((c == '"' || c == '\'') && mayStartValue(i)) {
                int close = closingQuote(i, c);
                String inside = text.substring(i + 1, close < 0 ? text.length() : close);
                if (close < 0 || close >= faultIndex && inside.indexOf('\n') >= 0 || swallowsKeys(inside)) {
                    cause = Optional.of(atOpeningQuote(i, c));
                }
                if (close < 0) {
                    break;
                }
                i = close + 1;
            } else if ((c == '|' || c == '>') && mayStartValue(i) && endsLine(i + 1)) {
                // a block scalar's lines are text, whatever quotes they hold
                i = afterBlockScalar(i);
            } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? end : eol;
            } else {
                i++;
            }
        }
        return cause;
    }

    /** Whether only block-scalar modifiers ({@code +-} and a digit), spaces and a comment follow on the line. */
    private boolean endsLine(int from) {
        int k = from;
        while (k < text.length() && "+-0123456789".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        return k >= text.length() || text.charAt(k) == '\n' || text.charAt(k) == '#' || text.charAt(k) == '\r';
    }

    /** The index after the block scalar whose indicator is at {@code indicator}: past its more-indented lines. */
    private int afterBlockScalar(int indicator) {
        int lineStart = text.lastIndexOf('\n', indicator) + 1;
        int parentIndent = 0;
        while (lineStart + parentIndent < text.length() && text.charAt(lineStart + parentIndent) == ' ') {
            parentIndent++;
        }
        int next = text.indexOf('\n', indicator);
        while (next >= 0) {
            int start = next + 1;
            int indent = 0;
            while (start + indent < text.length() && text.charAt(start + indent) == ' ') {
                indent++;
            }
            boolean blank = start + indent >= text.length() || text.charAt(start + indent) == '\n';
            if (!blank && indent <= parentIndent) {
                return start;
            }
            next = text.indexOf('\n', start);
        }
        return text.length();
    }

    private Problem atOpeningQuote(int index, char quote) {
        return Problem.error(position(index), "unterminated quoted string: the " + (quote == '"' ? "double" : "single")
                        + " quote here is not closed on its line",
                "YAML reads on to the next " + quote + " and takes the lines between as part of the string; "
                        + "close the quote on its line");
    }

    private boolean mayStartValue(int index) {
        int j = index - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        if (j < 0) {
            return true;
        }
        char before = text.charAt(j);
        return before == '\n' || before == ':' || before == '-' || before == '[' || before == '{' || before == ','
                || before == '?';
    }

    /** The index of the quote that closes the scalar opened at {@code open}, or -1 when the text ends first. */
    private int closingQuote(int open, char quote) {
        for (int k = open + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (quote == '"' && c == '\\') {
                k++;
            } else if (c == quote) {
                if (quote == '\'' && k + 1 < text.length() && text.charAt(k + 1) == '\'') {
                    k++;
                } else {
                    return k;
                }
            }
        }
        return -1;
    }

    private static boolean swallowsKeys(String inside) {
        String[] lines = inside.split("\n", -1);
        for (int l = 1; l < lines.length; l++) {
            if (KEY_LINE.matcher(lines[l]).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A key indented more than the key above it, when the parser failed at its ':' ("mapping values are not allowed
     * here"): at the key, not at the ':' where the parser noticed.
     *
     * @param line   the 0-based line of the fault
     * @param column the 0-based column of the fault
     */
    Optional<Problem> overIndentedKey(int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line >= lines.length) {
            return Optional.empty();
        }
        String faulty = lines[line];
        int keyColumn = indentation(faulty);
        if (column > faulty.length() || column <= keyColumn || faulty.charAt(Math.min(column, faulty.length() - 1)) != ':'
                || !PLAIN_KEY.matcher(faulty.substring(keyColumn, column)).matches()) {
            return Optional.empty();
        }
        for (int above = line - 1; above >= 0; above--) {
            String previous = lines[above];
            if (previous.isBlank() || previous.strip().startsWith("#")) {
                continue;
            }
            int previousKey = keyColumn(previous);
            if (previousKey < 0 || previousKey >= keyColumn) {
                return Optional.empty();
            }
            String key = faulty.substring(keyColumn, column);
            return Optional.of(Problem.error(new SourcePosition(file, line + 1, keyColumn + 1),
                    "the key '" + key + "' is indented more than the key above it (line " + (above + 1) + ")",
                    "indent '" + key + "' to column " + (previousKey + 1) + ", as the key on line " + (above + 1)));
        }
        return Optional.empty();
    }

    private static int indentation(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The column where the key of a {@code key: value} or {@code - key: value} line starts, or -1. */
    private static int keyColumn(String line) {
        if (!KEY_LINE.matcher(line).matches()) {
            return -1;
        }
        int i = indentation(line);
        return line.startsWith("- ", i) ? i + 2 : i;
    }

    private SourcePosition position(int index) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < index; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new SourcePosition(file, line, index - lineStart + 1);
    }
}
