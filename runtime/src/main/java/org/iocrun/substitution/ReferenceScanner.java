package org.iocrun.substitution;

/**
 * Finds where a macro reference ends without expanding it, following exactly the scan of
 * {@link MacroTranslator#refer}: the extent of a reference depends only on its text (terminators end a name or
 * value even inside quotes, escapes skip a character, nested references are skipped whole).
 */
final class ReferenceScanner {

    private ReferenceScanner() {
    }

    /** The index of the last character of the reference starting at {@code s[start] == '$'}. */
    static int referEnd(byte[] s, int start) {
        int r = start + 1;
        boolean paren = s[r] == '(';
        String nameEnd = paren ? "=,)" : "=,}";
        String valueEnd = paren ? ",)" : ",}";
        r = transEnd(s, r + 1, nameEnd);
        if (s[r] == '=') {
            r = transEnd(s, r + 1, valueEnd);
        }
        while (s[r] == ',') {
            ++r;
            if (s[r] == 0) {
                r--;
                break;
            }
            r = transEnd(s, r, nameEnd);
            if (s[r] == '=') {
                r = transEnd(s, r + 1, valueEnd);
            }
        }
        return r;
    }

    private static int transEnd(byte[] s, int start, String term) {
        int quote = 0;
        int r = start;
        for (; !(s[r] == 0 || (s[r] > 0 && term.indexOf(s[r]) >= 0)); r++) {
            int ch = s[r];
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                    continue;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                continue;
            }
            if (ch == '$' && (s[r + 1] == '(' || s[r + 1] == '{') && quote != '\'') {
                r = referEnd(s, r);
            } else if (ch == '\\' && s[r + 1] != 0) {
                ++r;
            }
        }
        return s[r] == 0 ? r - 1 : r;
    }
}
