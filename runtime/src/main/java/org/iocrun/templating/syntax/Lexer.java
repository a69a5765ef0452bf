package org.iocrun.templating.syntax;

import org.iocrun.templating.python.PyNumbers;
import org.iocrun.templating.python.PyStrings;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateError;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Jinja 3.1's lexer with default settings, hand-written (no regular expressions): newlines normalised to
 * {@code \n} and one trailing newline dropped, {@code {{ }}}, {@code {% %}}, {@code {# #}}, {@code {% raw %}},
 * whitespace control with {@code -} and {@code +}, and the expression tokens inside tags.
 */
public final class Lexer {

    private final String source;
    private final String original;
    private final List<Token> tokens = new ArrayList<>();
    private final Deque<Character> balancing = new ArrayDeque<>();
    private int pos;
    private int line = 1;

    private Lexer(String normalized, String original) {
        this.source = normalized;
        this.original = original;
    }

    /** The tokens of a template, ending with an EOF token. */
    public static List<Token> tokenize(String template) throws TemplateError {
        Lexer lexer = new Lexer(normalizeNewlines(template), template);
        lexer.run();
        return lexer.tokens;
    }

    /** Jinja's source preparation: every {@code \r\n} and {@code \r} becomes {@code \n}; one trailing newline goes. */
    static String normalizeNewlines(String text) {
        String s = text;
        if (s.indexOf('\r') >= 0) {
            StringBuilder out = new StringBuilder(s.length());
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\r') {
                    out.append('\n');
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                        i++;
                    }
                } else {
                    out.append(c);
                }
            }
            s = out.toString();
        }
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private void run() throws TemplateError {
        int n = source.length();
        while (pos < n) {
            int tag = nextTagStart(pos);
            if (tag < 0) {
                data(source.substring(pos), line);
                pos = n;
                break;
            }
            String text = source.substring(pos, tag);
            int textLine = line;
            char kind = source.charAt(tag + 1);
            int rawEnd = kind == '%' ? rawBeginEnd(tag) : -1;
            int afterOpen = tag + 2;
            char sign = afterOpen < n ? source.charAt(afterOpen) : 0;
            if (sign == '-') {
                text = rstrip(text);
            }
            data(text, textLine);
            advanceTo(tag);
            if (rawEnd >= 0) {
                advanceTo(rawEnd);
                raw();
            } else if (kind == '#') {
                comment(sign == '-' || sign == '+' ? afterOpen + 1 : afterOpen);
            } else {
                advanceTo(sign == '-' || sign == '+' ? afterOpen + 1 : afterOpen);
                boolean block = kind == '%';
                tokens.add(new Token(block ? TokenType.BLOCK_BEGIN : TokenType.VARIABLE_BEGIN, "", null, line));
                tag(block);
            }
        }
        tokens.add(new Token(TokenType.EOF, "", null, line));
    }

    private void data(String text, int at) {
        if (!text.isEmpty()) {
            tokens.add(new Token(TokenType.DATA, text, null, at));
        }
    }

    private int nextTagStart(int from) {
        int n = source.length();
        for (int i = source.indexOf('{', from); i >= 0 && i + 1 < n; i = source.indexOf('{', i + 1)) {
            char c = source.charAt(i + 1);
            if (c == '{' || c == '%' || c == '#') {
                return i;
            }
        }
        return -1;
    }

    /** The end of a {@code {% raw %}} tag starting at {@code at}, or -1 when the tag there is not raw. */
    private int rawBeginEnd(int at) {
        int i = at + 2;
        if (i < source.length() && (source.charAt(i) == '-' || source.charAt(i) == '+')) {
            i++;
        }
        i = skipSpace(i);
        if (!source.startsWith("raw", i)) {
            return -1;
        }
        i = skipSpace(i + 3);
        if (source.startsWith("-%}", i)) {
            return skipSpace(i + 3);
        }
        return source.startsWith("%}", i) ? i + 2 : -1;
    }

    private void raw() throws TemplateError {
        int start = pos;
        for (int p = source.indexOf("{%", start); p >= 0; p = source.indexOf("{%", p + 1)) {
            int i = p + 2;
            char sign = i < source.length() ? source.charAt(i) : 0;
            if (sign == '-' || sign == '+') {
                i++;
            }
            i = skipSpace(i);
            if (!source.startsWith("endraw", i)) {
                continue;
            }
            i = skipSpace(i + 6);
            int end;
            if (source.startsWith("+%}", i)) {
                end = i + 3;
            } else if (source.startsWith("-%}", i)) {
                end = skipSpace(i + 3);
            } else if (source.startsWith("%}", i)) {
                end = i + 2;
            } else {
                continue;
            }
            String body = source.substring(start, p);
            data(sign == '-' ? rstrip(body) : body, line);
            advanceTo(end);
            return;
        }
        throw syntax("Missing end of raw directive");
    }

    private void comment(int bodyStart) throws TemplateError {
        for (int p = source.indexOf("#}", bodyStart); p >= 0; p = source.indexOf("#}", p + 1)) {
            int end = p + 2;
            if (p > bodyStart && source.charAt(p - 1) == '-') {
                end = skipSpace(end);
            }
            advanceTo(end);
            return;
        }
        advanceTo(source.length());
        throw syntax("Missing end of comment tag");
    }

    private void tag(boolean block) throws TemplateError {
        int n = source.length();
        while (pos < n) {
            if (balancing.isEmpty() && tagEnd(block)) {
                return;
            }
            char c = source.charAt(pos);
            if (PyStrings.isSpace(c)) {
                advanceTo(pos + 1);
            } else if (c >= '0' && c <= '9') {
                number();
            } else if (c == '_' || Character.isLetter(source.codePointAt(pos))) {
                name();
            } else if (c == '\'' || c == '"') {
                string(c);
            } else {
                operator();
            }
        }
    }

    private boolean tagEnd(boolean block) {
        int end = -1;
        if (block) {
            if (source.startsWith("+%}", pos)) {
                end = pos + 3;
            } else if (source.startsWith("-%}", pos)) {
                end = skipSpace(pos + 3);
            } else if (source.startsWith("%}", pos)) {
                end = pos + 2;
            }
        } else if (source.startsWith("-}}", pos)) {
            end = skipSpace(pos + 3);
        } else if (source.startsWith("}}", pos)) {
            end = pos + 2;
        }
        if (end < 0) {
            return false;
        }
        tokens.add(new Token(block ? TokenType.BLOCK_END : TokenType.VARIABLE_END, "", null, line));
        advanceTo(end);
        return true;
    }

    private void name() {
        int start = pos;
        int i = pos + Character.charCount(source.codePointAt(pos));
        while (i < source.length()) {
            int c = source.codePointAt(i);
            if (c != '_' && !(Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c))) {
                break;
            }
            i += Character.charCount(c);
        }
        tokens.add(new Token(TokenType.NAME, source.substring(start, i), null, line));
        advanceTo(i);
    }

    /** Jinja's float rule first (digits with underscores, fraction and/or exponent), then its integer rule. */
    private void number() throws TemplateError {
        int start = pos;
        boolean afterDot = start > 0 && source.charAt(start - 1) == '.';
        int floatEnd = afterDot ? -1 : floatEnd(start);
        if (floatEnd > 0) {
            String text = source.substring(start, floatEnd).replace("_", "");
            tokens.add(new Token(TokenType.FLOAT, text, Double.parseDouble(text), line));
            advanceTo(floatEnd);
            return;
        }
        int end = integerEnd(start);
        String text = source.substring(start, end).replace("_", "");
        int radix = 10;
        String digits = text;
        if (text.length() > 1 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            radix = switch (Character.toLowerCase(text.charAt(1))) {
                case 'b' -> 2;
                case 'o' -> 8;
                default -> 16;
            };
            digits = text.substring(2);
        }
        tokens.add(new Token(TokenType.INTEGER, text, PyNumbers.normalize(new BigInteger(digits, radix)), line));
        advanceTo(end);
    }

    private int floatEnd(int start) {
        int mantissa = digitsEnd(start);
        int end = -1;
        int fractionEnd = -1;
        if (mantissa < source.length() && source.charAt(mantissa) == '.') {
            fractionEnd = digitsEnd(mantissa + 1);
            if (fractionEnd == mantissa + 1) {
                fractionEnd = -1;
            }
        }
        int expStart = fractionEnd > 0 ? fractionEnd : mantissa;
        if (expStart < source.length() && (source.charAt(expStart) == 'e' || source.charAt(expStart) == 'E')) {
            int i = expStart + 1;
            if (i < source.length() && (source.charAt(i) == '+' || source.charAt(i) == '-')) {
                i++;
            }
            int expEnd = digitsEnd(i);
            if (expEnd > i) {
                end = expEnd;
            }
        }
        return end > 0 ? end : fractionEnd;
    }

    /** The end of {@code \d+(_\d+)*} starting at {@code start} (start itself when there is no digit). */
    private int digitsEnd(int start) {
        int i = start;
        while (i < source.length() && isDigit(source.charAt(i))) {
            i++;
            if (i + 1 < source.length() && source.charAt(i) == '_' && isDigit(source.charAt(i + 1))) {
                i++;
            }
        }
        return i;
    }

    private int integerEnd(int start) {
        char first = source.charAt(start);
        if (first == '0' && start + 2 < source.length()) {
            char prefix = Character.toLowerCase(source.charAt(start + 1));
            int radix = prefix == 'b' ? 2 : prefix == 'o' ? 8 : prefix == 'x' ? 16 : 0;
            if (radix > 0) {
                int end = radixDigitsEnd(start + 2, radix);
                if (end > start + 2) {
                    return end;
                }
            }
        }
        if (first == '0') {
            int i = start + 1;
            while (i < source.length()) {
                if (source.charAt(i) == '0') {
                    i++;
                } else if (source.charAt(i) == '_' && i + 1 < source.length() && source.charAt(i + 1) == '0') {
                    i += 2;
                } else {
                    break;
                }
            }
            return i;
        }
        return radixDigitsEnd(start, 10);
    }

    /** The end of {@code (_?digit)+}. */
    private int radixDigitsEnd(int start, int radix) {
        int i = start;
        while (i < source.length()) {
            int at = source.charAt(i) == '_' && i > start ? i + 1 : i;
            if (at < source.length() && Character.digit(source.charAt(at), radix) >= 0
                    && source.charAt(at) < 0x80) {
                i = at + 1;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void string(char quote) throws TemplateError {
        int i = pos + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= source.length()) {
            throw syntax("unexpected char " + PyText.repr(String.valueOf(quote)) + " at " + pos);
        }
        String value;
        try {
            value = StringEscapes.decode(source.substring(pos + 1, i));
        } catch (IllegalArgumentException e) {
            throw syntax(e.getMessage());
        }
        tokens.add(new Token(TokenType.STRING, value, null, line));
        advanceTo(i + 1);
    }

    private void operator() throws TemplateError {
        TokenType type = operatorAt(pos);
        if (type == null) {
            throw syntax("unexpected char " + PyText.repr(Character.toString(source.codePointAt(pos))) + " at " + pos);
        }
        String symbol = type.description();
        switch (type) {
            case LPAREN -> balancing.push(')');
            case LBRACKET -> balancing.push(']');
            case LBRACE -> balancing.push('}');
            case RPAREN, RBRACKET, RBRACE -> {
                if (balancing.isEmpty()) {
                    throw syntax("unexpected '" + symbol + "'");
                }
                char expected = balancing.pop();
                if (expected != symbol.charAt(0)) {
                    throw syntax("unexpected '" + symbol + "', expected '" + expected + "'");
                }
            }
            default -> {
            }
        }
        tokens.add(new Token(type, symbol, null, line));
        advanceTo(pos + symbol.length());
    }

    private TokenType operatorAt(int at) {
        char c = source.charAt(at);
        char d = at + 1 < source.length() ? source.charAt(at + 1) : 0;
        switch (c) {
            case '/':
                return d == '/' ? TokenType.FLOORDIV : TokenType.DIV;
            case '*':
                return d == '*' ? TokenType.POW : TokenType.MUL;
            case '=':
                return d == '=' ? TokenType.EQ : TokenType.ASSIGN;
            case '!':
                return d == '=' ? TokenType.NE : null;
            case '>':
                return d == '=' ? TokenType.GTEQ : TokenType.GT;
            case '<':
                return d == '=' ? TokenType.LTEQ : TokenType.LT;
            default:
                break;
        }
        return switch (c) {
            case '+' -> TokenType.ADD;
            case '-' -> TokenType.SUB;
            case '%' -> TokenType.MOD;
            case '~' -> TokenType.TILDE;
            case '[' -> TokenType.LBRACKET;
            case ']' -> TokenType.RBRACKET;
            case '(' -> TokenType.LPAREN;
            case ')' -> TokenType.RPAREN;
            case '{' -> TokenType.LBRACE;
            case '}' -> TokenType.RBRACE;
            case '.' -> TokenType.DOT;
            case ':' -> TokenType.COLON;
            case '|' -> TokenType.PIPE;
            case ',' -> TokenType.COMMA;
            case ';' -> TokenType.SEMICOLON;
            default -> null;
        };
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < source.length() && PyStrings.isSpace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Moves to {@code to}, counting the newlines passed for token line numbers. */
    private void advanceTo(int to) {
        for (int i = pos; i < to; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        pos = to;
    }

    private static String rstrip(String text) {
        int end = text.length();
        while (end > 0 && PyStrings.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private TemplateError syntax(String message) {
        return new TemplateError(TemplateError.Kind.SYNTAX, message, original, line);
    }
}
