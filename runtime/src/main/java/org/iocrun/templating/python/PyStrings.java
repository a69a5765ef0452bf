package org.iocrun.templating.python;

/** Code-point level helpers: Python strings index by code point, Java strings by UTF-16 unit. */
public final class PyStrings {

    private PyStrings() {
    }

    /** Python's {@code str.isspace()} for one code point. */
    public static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x1f) || c == 0x85
                || (c > 0x7f && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
    }

    /** Python's {@code str.isprintable()} for one code point: not a control, format, separator or unassigned. */
    public static boolean isPrintable(int c) {
        if (c == ' ') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Whether the string has no surrogate pairs, so char indices are code-point indices. */
    public static boolean isSimple(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static int length(String s) {
        return isSimple(s) ? s.length() : s.codePointCount(0, s.length());
    }

    /** The char offset of code point {@code index} (0..length). */
    public static int offset(String s, int index) {
        return isSimple(s) ? index : s.offsetByCodePoints(0, index);
    }

    /** The code-point index of char offset {@code offset}. */
    public static int index(String s, int offset) {
        return isSimple(s) ? offset : s.codePointCount(0, offset);
    }

    public static int[] codePoints(String s) {
        return s.codePoints().toArray();
    }

    /**
     * Python's {@code s.encode("ascii", "backslashreplace")} read back as text: ASCII as it is, every other code
     * point as {@code \\xhh}, {@code \\uhhhh} or {@code \\Uhhhhhhhh} (what {@code ascii()} and {@code %a} do to
     * a repr, and what Jinja does to a string literal before decoding its escapes).
     */
    public static String backslashReplace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c < 0x80) {
                out.append((char) c);
            } else if (c <= 0xff) {
                out.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\U%08x", c));
            }
        });
        return out.toString();
    }

    /** Python's {@code str.isupper()}-style case tests per code point. */
    public static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }
}
