package org.iocrun.substitution;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits {@code "a=1, b = 'x, y', c"} into definitions exactly as macLib's macParseDefns does: quotes and escapes
 * protect separators, white space around names and values is dropped, a name without {@code =} undefines, and
 * quotes and escapes are removed from names only (values are re-scanned when expanded).
 */
final class MacroDefinitionParser {

    private enum State { PRE_NAME, IN_NAME, PRE_VALUE, IN_VALUE }

    private MacroDefinitionParser() {
    }

    static List<MacroDefinition> parse(String text) {
        List<int[]> spans = new ArrayList<>();   // {start, end, deleted}
        int[] current = null;
        int quote = 0;
        State state = State.PRE_NAME;
        int n = text.length();
        int c = 0;
        for (; c < n; c++) {
            char ch = text.charAt(c);
            if (quote != 0) {
                quote = ch == quote ? 0 : quote;
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
            }
            boolean escape = ch == '\\' && c + 1 < n;
            boolean inQuoteOrEscape = quote != 0 || escape;
            // the C switch falls through from one state to the next; the loop re-dispatches instead
            boolean again = true;
            while (again) {
                again = false;
                switch (state) {
                    case PRE_NAME -> {
                        if (!inQuoteOrEscape && (Latin1.isSpace(ch) || ch == ',')) {
                            break;
                        }
                        current = new int[] {c, -1, 0};
                        state = State.IN_NAME;
                        again = true;
                    }
                    case IN_NAME -> {
                        if (inQuoteOrEscape || (ch != '=' && ch != ',')) {
                            break;
                        }
                        current[1] = trimEnd(text, current[0], c);
                        spans.add(current);
                        state = State.PRE_VALUE;
                        if (ch == ',') {
                            // a name ended by ',' has no value: an empty, deleted one
                            spans.add(new int[] {c, c, 1});
                            state = State.PRE_NAME;
                        }
                    }
                    case PRE_VALUE -> {
                        if (!inQuoteOrEscape && Latin1.isSpace(ch)) {
                            break;
                        }
                        current = new int[] {c, -1, 0};
                        state = State.IN_VALUE;
                        again = true;
                    }
                    case IN_VALUE -> {
                        if (inQuoteOrEscape || ch != ',') {
                            break;
                        }
                        current[1] = trimEnd(text, current[0], c);
                        spans.add(current);
                        state = State.PRE_NAME;
                    }
                }
            }
            if (escape) {
                c++;
            }
        }
        c = Math.min(c, n);
        switch (state) {
            case PRE_NAME -> { }
            case IN_NAME -> {
                current[1] = trimEnd(text, current[0], c);
                spans.add(current);
                spans.add(new int[] {c, c, 1});
            }
            case PRE_VALUE -> spans.add(new int[] {c, c, 0});
            case IN_VALUE -> {
                current[1] = trimEnd(text, current[0], c);
                spans.add(current);
            }
        }
        List<MacroDefinition> definitions = new ArrayList<>(spans.size() / 2);
        for (int i = 0; i + 1 < spans.size(); i += 2) {
            int[] name = spans.get(i);
            int[] value = spans.get(i + 1);
            definitions.add(new MacroDefinition(unquote(text.substring(name[0], name[1])),
                    value[2] == 1 ? null : text.substring(value[0], value[1])));
        }
        return definitions;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Latin1.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Names lose their quotes and escapes: unlike values they are never scanned again. */
    private static String unquote(String name) {
        StringBuilder out = new StringBuilder(name.length());
        int quote = 0;
        for (int s = 0; s < name.length(); s++) {
            char ch = name.charAt(s);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                    continue;
                }
            } else if (ch == '\'' || ch == '"') {
                quote = ch;
                continue;
            }
            if (ch == '\\' && s + 1 < name.length()) {
                ch = name.charAt(++s);
            }
            out.append(ch);
        }
        return out.toString();
    }
}
