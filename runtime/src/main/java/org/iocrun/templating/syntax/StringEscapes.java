package org.iocrun.templating.syntax;

import org.iocrun.templating.python.PyStrings;

/**
 * Decodes a Jinja string literal's body the way Jinja does: {@code .encode("ascii", "backslashreplace")
 * .decode("unicode-escape")}, so Python's escapes ({@code \n}, {@code \x41}, {@code \u00e9}, {@code \N{...}},
 * octal) work, unknown escapes stay as written and non-ASCII text passes through. Python's own string
 * literals ({@code ast.literal_eval}) decode the same way.
 */
public final class StringEscapes {

    private StringEscapes() {
    }

    /** @throws IllegalArgumentException with Python's message for a malformed escape */
    public static String decode(String body) {
        if (body.indexOf('\\') < 0) {
            return body;
        }
        String ascii = PyStrings.backslashReplace(body);
        StringBuilder out = new StringBuilder(ascii.length());
        int n = ascii.length();
        for (int i = 0; i < n; i++) {
            char c = ascii.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= n) {
                throw new IllegalArgumentException("\\ at end of string");
            }
            char e = ascii.charAt(++i);
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.append(e);
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hex(ascii, i, 2, out, "truncated \\xXX escape");
                case 'u' -> i = hex(ascii, i, 4, out, "truncated \\uXXXX escape");
                case 'U' -> i = hex(ascii, i, 8, out, "truncated \\UXXXXXXXX escape");
                case 'N' -> i = named(ascii, i, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        int value = 0;
                        while (end < n && end < i + 3 && ascii.charAt(end) >= '0' && ascii.charAt(end) <= '7') {
                            value = value * 8 + (ascii.charAt(end) - '0');
                            end++;
                        }
                        out.appendCodePoint(value);
                        i = end - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int hex(String s, int at, int digits, StringBuilder out, String error) {
        int value = 0;
        for (int k = 1; k <= digits; k++) {
            int d = at + k < s.length() ? Character.digit(s.charAt(at + k), 16) : -1;
            if (d < 0) {
                throw new IllegalArgumentException(error);
            }
            value = value * 16 + d;
        }
        if (value > Character.MAX_CODE_POINT || value < 0) {
            throw new IllegalArgumentException("illegal Unicode character");
        }
        out.appendCodePoint(value);
        return at + digits;
    }

    private static int named(String s, int at, StringBuilder out) {
        int close = s.indexOf('}', at);
        if (at + 1 >= s.length() || s.charAt(at + 1) != '{' || close < 0) {
            throw new IllegalArgumentException("malformed \\N character escape");
        }
        try {
            out.appendCodePoint(Character.codePointOf(s.substring(at + 2, close)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown Unicode character name");
        }
        return close;
    }
}
