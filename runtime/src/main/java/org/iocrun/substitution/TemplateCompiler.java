package org.iocrun.substitution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a template's bytes the way msi does (fgets into a 4096-byte buffer, so lines are cut every 4095 bytes and
 * anything after a NUL byte is ignored), recognises msi's {@code include}/{@code substitute} commands with msi's
 * loose rules, and locates the macro references of text lines with macLib's scanning rules.
 */
final class TemplateCompiler {

    /** fgets(buffer, 4096) reads at most 4095 bytes. */
    static final int CHUNK = 4095;

    private static final byte[] INCLUDE = Latin1.bytes("include");
    private static final byte[] SUBSTITUTE = Latin1.bytes("substitute");

    private TemplateCompiler() {
    }

    static List<TemplateLine> compile(byte[] content) {
        List<TemplateLine> lines = new ArrayList<>();
        int line = 1;
        int columnOffset = 0;
        int pos = 0;
        while (pos < content.length) {
            int end = pos;
            int max = Math.min(content.length, pos + CHUNK);
            while (end < max && content[end] != '\n') {
                end++;
            }
            boolean newline = end < max;
            if (newline) {
                end++;
            }
            lines.add(classify(content, pos, end, line, columnOffset));
            if (newline) {
                line++;
                columnOffset = 0;
            } else {
                columnOffset += end - pos;
            }
            pos = end;
        }
        return lines;
    }

    private static TemplateLine classify(byte[] content, int from, int to, int line, int columnOffset) {
        int nul = from;
        while (nul < to && content[nul] != 0) {
            nul++;
        }
        byte[] c = Arrays.copyOfRange(content, from, nul + 1);
        c[c.length - 1] = 0;
        TemplateLine command = command(c, line, columnOffset);
        return command != null ? command : text(c, line, columnOffset);
    }

    /** makeSubstitutions' command test, including its quirks (the keyword may be anywhere after an i or s). */
    private static TemplateLine command(byte[] c, int line, int columnOffset) {
        int p = 0;
        while (c[p] != 0 && Latin1.isSpace(c[p])) {
            p++;
        }
        if (c[p] != 'i' && c[p] != 's') {
            return null;
        }
        int command = p;
        byte[] keyword = null;
        if (indexOf(c, command, INCLUDE) >= 0) {
            keyword = INCLUDE;
        }
        if (indexOf(c, command, SUBSTITUTE) >= 0) {
            keyword = SUBSTITUTE;
        }
        if (keyword == null) {
            return null;
        }
        p = command + keyword.length;
        while (c[p] != 0 && Latin1.isSpace(c[p])) {
            p++;
        }
        if (c[p] != '"') {
            return null;
        }
        int start = ++p;
        while (c[p] != 0 && c[p] != '"') {
            if (c[p] == '\\' && c[p + 1] == '"') {
                p += 2;
                continue;
            }
            ++p;
        }
        int end = p;
        if (c[p] == 0) {
            return null;
        }
        while (c[++p] == ' ') {
            // trailing blanks only: a tab or CR after the quote makes it a text line
        }
        if (c[p] != '\n' && c[p] != 0) {
            return null;
        }
        String argument = Latin1.of(c, start, end);
        return keyword == INCLUDE
                ? new TemplateLine.Include(argument, line, columnOffset)
                : new TemplateLine.Substitute(argument, line, columnOffset);
    }

    private static TemplateLine.Text text(byte[] c, int line, int columnOffset) {
        int length = c.length - 1;
        int[] starts = new int[4];
        int[] ends = new int[4];
        String[] names = new String[4];
        byte[][] defaults = new byte[4][];
        int count = 0;
        boolean escapes = false;
        int quote = 0;
        int r = 0;
        while (c[r] != 0) {
            int ch = c[r];
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            }
            if (ch == '$' && (c[r + 1] == '(' || c[r + 1] == '{') && quote != '\'') {
                int nameEnd = simpleNameEnd(c, r);
                if (nameEnd < 0) {
                    return translated(c, line, columnOffset);
                }
                int end = closeOf(c, r, nameEnd);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                    names = Arrays.copyOf(names, count * 2);
                    defaults = Arrays.copyOf(defaults, count * 2);
                }
                starts[count] = r;
                ends[count] = end;
                names[count] = Latin1.of(c, r + 2, nameEnd).intern();
                defaults[count] = c[nameEnd] == '=' ? Arrays.copyOfRange(c, nameEnd + 1, end) : null;
                count++;
                r = end + 1;
                continue;
            }
            if (ch == '\\' && c[r + 1] != 0) {
                escapes = true;
                r += 2;
            } else {
                r++;
            }
        }
        // an escape only skips the next character while the line has room (see MacroTranslator.trans)
        if (escapes && length + count * (long) (MacroTranslator.VALUE_LIMIT + 16) >= Expansion.LINE_LIMIT) {
            return translated(c, line, columnOffset);
        }
        return new TemplateLine.Text(c, length, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count),
                Arrays.copyOf(names, count), Arrays.copyOf(defaults, count), line, columnOffset);
    }

    private static TemplateLine.Text translated(byte[] c, int line, int columnOffset) {
        return new TemplateLine.Text(c, c.length - 1, null, null, null, null, line, columnOffset);
    }

    /** Index of the closing bracket of a simple reference whose name ends at {@code nameEnd}. */
    private static int closeOf(byte[] c, int start, int nameEnd) {
        byte close = c[start + 1] == '(' ? (byte) ')' : (byte) '}';
        int i = nameEnd;
        while (c[i] != close) {
            i++;
        }
        return i;
    }

    /**
     * For {@code $(NAME)} or {@code $(NAME=default)} (either bracket) where translating name and default could
     * change nothing and has no side effects (no nested reference, quote, escape or comma, name of at most 256
     * bytes): the index just past the name (its ')' or '='); else -1.
     */
    private static int simpleNameEnd(byte[] c, int start) {
        byte close = c[start + 1] == '(' ? (byte) ')' : (byte) '}';
        int nameEnd = -1;
        int i = start + 2;
        for (; c[i] != close; i++) {
            byte b = c[i];
            if (b == 0 || b == '$' || b == '"' || b == '\'' || b == '\\' || b == ',') {
                return -1;
            }
            if (b == '=' && nameEnd < 0) {
                nameEnd = i;
            }
        }
        if (nameEnd < 0) {
            nameEnd = i;
        }
        return nameEnd - (start + 2) > MacroTranslator.VALUE_LIMIT ? -1 : nameEnd;
    }

    private static int indexOf(byte[] c, int from, byte[] word) {
        outer:
        for (int i = from; c[i] != 0; i++) {
            for (int k = 0; k < word.length; k++) {
                if (c[i + k] != word[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
