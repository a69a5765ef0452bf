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

    public static String fromCodePoints(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    /** Python's {@code str.isupper()}-style case tests per code point. */
    public static boolean isCased(int c) {
        return Character.isUpperCase(c) || Character.isLowerCase(c) || Character.isTitleCase(c);
    }
}
