package org.iocrun.loading;

/**
 * ibek's test for "this string is a Jinja template" ({@code JINJA = r".*\{\{.*\}\}.*"} searched, ibek-behaviour §2.3
 * parameter types): a {@code {{} followed by {@code }}} on the same line.
 */
final class Jinja {

    private Jinja() {
    }

    static boolean isTemplate(Object value) {
        if (!(value instanceof String s)) {
            return false;
        }
        int from = 0;
        while (true) {
            int open = s.indexOf("{{", from);
            if (open < 0) {
                return false;
            }
            int close = s.indexOf("}}", open + 2);
            int newline = s.indexOf('\n', open);
            if (close >= 0 && (newline < 0 || close < newline)) {
                return true;
            }
            if (newline < 0) {
                return false;
            }
            from = newline + 1;
        }
    }
}
