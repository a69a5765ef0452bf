package org.iocrun.templating;

import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.templating.syntax.StringEscapes;

import org.iocrun.templating.python.PyNumbers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code ast.literal_eval} of a rendered string, which ibek's coercion applies ({@code int(ast.literal_eval(
 * rendered))}): ints (any size, {@code 0x}/{@code 0o}/{@code 0b}, underscores, no leading zeros), floats, strings
 * with Python escapes, {@code True}/{@code False}/{@code None}, lists, tuples, dicts, unary {@code +}/{@code -} on
 * numbers. Bad syntax is a {@link TemplateError.Kind#SYNTAX} error, well-formed non-literals (names such as
 * {@code true}, calls, operators) a {@link TemplateError.Kind#VALUE} error, as in Python.
 */
public final class PyLiteral {

    private final String text;
    private int pos;
    private String malformed;

    private PyLiteral(String text) {
        this.text = text;
    }

    public static Object literalEval(String text) throws TemplateError {
        String stripped = text;
        int start = 0;
        while (start < stripped.length() && (stripped.charAt(start) == ' ' || stripped.charAt(start) == '\t')) {
            start++;
        }
        PyLiteral parser = new PyLiteral(stripped.substring(start));
        try {
            Object value = parser.parseWhole();
            if (parser.malformed != null) {
                throw new TemplateError(TemplateError.Kind.VALUE, "malformed node or string on line 1: "
                        + parser.malformed, text, 1);
            }
            return value;
        } catch (SyntaxProblem p) {
            throw new TemplateError(TemplateError.Kind.SYNTAX, p.getMessage(), text, 1);
        }
    }

    /** A Python SyntaxError while parsing. */
    private static final class SyntaxProblem extends RuntimeException {
        SyntaxProblem(String message) {
            super(message, null, false, false);
        }
    }

    private Object parseWhole() {
        skipBlankLines();
        skipSpace(false);
        if (atEnd()) {
            throw new SyntaxProblem("invalid syntax");
        }
        Object value = parseExpressionList(false);
        skipSpace(false);
        while (!atEnd() && (peek() == '\n' || peek() == '\r')) {
            pos++;
            skipSpace(false);
        }
        if (!atEnd()) {
            throw new SyntaxProblem("invalid syntax");
        }
        return value;
    }

    /** {@code a, b} at top level or in parentheses is a tuple. */
    private Object parseExpressionList(boolean nested) {
        Object first = parseExpression(nested);
        skipSpace(nested);
        if (atEnd() || peek() != ',') {
            return first;
        }
        List<Object> items = new ArrayList<>();
        items.add(first);
        while (!atEnd() && peek() == ',') {
            pos++;
            skipSpace(nested);
            if (atEnd() || peek() == ')' || (!nested && (peek() == '\n' || peek() == '#'))) {
                break;
            }
            items.add(parseExpression(nested));
            skipSpace(nested);
        }
        return new PyTuple(items);
    }

    private Object parseExpression(boolean nested) {
        Object left = parseUnary(nested);
        while (true) {
            skipSpace(nested);
            if (atEnd()) {
                return left;
            }
            char c = peek();
            if ("+-*/%@&|^<>=!".indexOf(c) < 0 || (c == '=' && !text.startsWith("==", pos))) {
                return left;
            }
            if (c == '!' && !text.startsWith("!=", pos)) {
                throw new SyntaxProblem("invalid syntax");
            }
            pos++;
            while (!atEnd() && "*/<>=".indexOf(peek()) >= 0) {
                pos++;
            }
            skipSpace(nested);
            parseUnary(nested);
            markMalformed("<ast.BinOp object>");
        }
    }

    private Object parseUnary(boolean nested) {
        skipSpace(nested);
        if (!atEnd() && (peek() == '-' || peek() == '+' || peek() == '~')) {
            char sign = peek();
            pos++;
            Object operand = parseUnary(nested);
            if (sign == '~' || !PyNumbers.isNumber(operand) || operand instanceof Boolean) {
                markMalformed("<ast.UnaryOp object>");
                return null;
            }
            if (sign == '+') {
                return operand;
            }
            if (operand instanceof Double d) {
                return -d;
            }
            return PyNumbers.normalize(PyNumbers.asBig(operand).negate());
        }
        return parsePostfix(nested);
    }

    private Object parsePostfix(boolean nested) {
        Object value = parseAtom();
        while (true) {
            skipSpace(nested);
            if (atEnd()) {
                return value;
            }
            char c = peek();
            if (c == '(' || c == '[') {
                pos++;
                skipSpace(true);
                char close = c == '(' ? ')' : ']';
                if (peek() != close) {
                    parseExpressionList(true);
                    skipSpace(true);
                }
                expect(close);
                markMalformed(c == '(' ? "<ast.Call object>" : "<ast.Subscript object>");
            } else if (c == '.' && pos + 1 < text.length() && Character.isJavaIdentifierStart(text.charAt(pos + 1))) {
                pos++;
                name();
                markMalformed("<ast.Attribute object>");
            } else {
                return value;
            }
        }
    }

    private Object parseAtom() {
        if (atEnd()) {
            throw new SyntaxProblem("invalid syntax");
        }
        char c = peek();
        if (c == '(') {
            pos++;
            skipSpace(true);
            requireOpen('(');
            if (peek() == ')') {
                pos++;
                return PyTuple.EMPTY;
            }
            Object inner = parseExpressionList(true);
            skipSpace(true);
            expect(')');
            return inner;
        }
        if (c == '[') {
            pos++;
            List<Object> items = new ArrayList<>();
            skipSpace(true);
            while (peek() != ']') {
                requireOpen('[');
                items.add(parseExpression(true));
                skipSpace(true);
                if (peek() == ',') {
                    pos++;
                    skipSpace(true);
                } else if (peek() != ']') {
                    requireOpen('[');
                    throw new SyntaxProblem("invalid syntax");
                }
            }
            pos++;
            return items;
        }
        if (c == '{') {
            return parseBraces();
        }
        if (c == '\'' || c == '"' || (Character.isLetter(c) && stringPrefixAt(pos) >= 0)) {
            return parseStrings();
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
            return number();
        }
        if (Character.isJavaIdentifierStart(c)) {
            String name = name();
            return switch (name) {
                case "True" -> true;
                case "False" -> false;
                case "None" -> null;
                default -> {
                    markMalformed("<ast.Name object>");
                    yield null;
                }
            };
        }
        throw new SyntaxProblem("invalid syntax");
    }

    private Object parseBraces() {
        pos++;
        skipSpace(true);
        Map<Object, Object> dict = new LinkedHashMap<>();
        boolean isSet = false;
        while (peek() != '}') {
            requireOpen('{');
            Object key = parseExpression(true);
            skipSpace(true);
            if (peek() == ':' && !isSet) {
                pos++;
                Object value = parseExpression(true);
                if (key instanceof List<?> || key instanceof Map<?, ?>) {
                    throw new SyntaxProblem("unhashable type: '" + (key instanceof List<?> ? "list" : "dict") + "'");
                }
                dict.put(key, value);
            } else {
                isSet = true;
            }
            skipSpace(true);
            if (peek() == ',') {
                pos++;
                skipSpace(true);
            } else if (peek() != '}') {
                requireOpen('{');
                throw new SyntaxProblem("invalid syntax");
            }
        }
        pos++;
        if (isSet) {
            markMalformed("<ast.Set object>");
        }
        return dict;
    }

    /** The length of a string prefix (r, u, b, f, rb, ...) followed by a quote at {@code at}, or -1. */
    private int stringPrefixAt(int at) {
        int i = at;
        while (i < text.length() && i - at < 2 && "rRuUbBfF".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '"') ? i - at : -1;
    }

    private Object parseStrings() {
        StringBuilder value = new StringBuilder();
        while (!atEnd() && (peek() == '\'' || peek() == '"' || stringPrefixAt(pos) > 0)) {
            int prefixLength = Math.max(0, stringPrefixAt(pos));
            String prefix = text.substring(pos, pos + prefixLength).toLowerCase(java.util.Locale.ROOT);
            pos += prefixLength;
            if (prefix.contains("b") || prefix.contains("f")) {
                markMalformed(prefix.contains("f") ? "<ast.JoinedStr object>" : "<ast.Constant object>");
            }
            value.append(string(prefix.contains("r")));
            skipSpace(false);
        }
        return value.toString();
    }

    private String string(boolean raw) {
        char quote = peek();
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), pos);
        String delimiter = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        pos += delimiter.length();
        StringBuilder body = new StringBuilder();
        while (true) {
            if (atEnd()) {
                throw new SyntaxProblem(triple ? "unterminated triple-quoted string literal (detected at line 1)"
                        : "unterminated string literal (detected at line 1)");
            }
            if (text.startsWith(delimiter, pos)) {
                pos += delimiter.length();
                break;
            }
            char c = peek();
            if (c == '\n' && !triple) {
                throw new SyntaxProblem("unterminated string literal (detected at line 1)");
            }
            if (c == '\\' && pos + 1 < text.length()) {
                body.append(c).append(text.charAt(pos + 1));
                pos += 2;
                continue;
            }
            body.append(c);
            pos++;
        }
        return raw ? body.toString() : unescape(body.toString());
    }

    private static String unescape(String s) {
        try {
            return StringEscapes.decode(s);
        } catch (IllegalArgumentException e) {
            throw new SyntaxProblem("(unicode error) 'unicodeescape' codec can't decode bytes: " + e.getMessage());
        }
    }

    private Object number() {
        int start = pos;
        if (peek() == '0' && pos + 1 < text.length() && "xXoObB".indexOf(text.charAt(pos + 1)) >= 0) {
            int radix = switch (Character.toLowerCase(text.charAt(pos + 1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            pos += 2;
            int digitsStart = pos;
            while (!atEnd() && (Character.digit(peek(), radix) >= 0 || peek() == '_')) {
                pos++;
            }
            String digits = text.substring(digitsStart, pos);
            if (!validUnderscores(digits.startsWith("_") ? digits.substring(1) : digits)) {
                throw new SyntaxProblem("invalid " + (radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary")
                        + " literal");
            }
            return PyNumbers.normalize(new BigInteger(digits.replace("_", ""), radix));
        }
        while (!atEnd() && (Character.isDigit(peek()) || peek() == '_')) {
            pos++;
        }
        boolean isFloat = false;
        if (!atEnd() && peek() == '.') {
            isFloat = true;
            pos++;
            while (!atEnd() && (Character.isDigit(peek()) || peek() == '_')) {
                pos++;
            }
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            int mark = pos;
            pos++;
            if (!atEnd() && (peek() == '+' || peek() == '-')) {
                pos++;
            }
            if (atEnd() || !Character.isDigit(peek())) {
                pos = mark;
                throw new SyntaxProblem("invalid decimal literal");
            }
            while (!atEnd() && (Character.isDigit(peek()) || peek() == '_')) {
                pos++;
            }
            isFloat = true;
        }
        if (!atEnd() && (peek() == 'j' || peek() == 'J')) {
            pos++;
            markMalformed("<ast.Constant object>");
            return 0L;
        }
        if (!atEnd() && Character.isJavaIdentifierPart(peek())) {
            throw new SyntaxProblem("invalid decimal literal");
        }
        String literal = text.substring(start, pos);
        if (!validUnderscores(literal.replace(".", "").replace("e", "").replace("E", "").replace("+", "")
                .replace("-", ""))) {
            throw new SyntaxProblem("invalid decimal literal");
        }
        String clean = literal.replace("_", "");
        if (isFloat) {
            return Double.parseDouble(clean);
        }
        if (clean.length() > 1 && clean.charAt(0) == '0' && !clean.chars().allMatch(ch -> ch == '0')) {
            throw new SyntaxProblem("leading zeros in decimal integer literals are not permitted; use an 0o prefix"
                    + " for octal integers");
        }
        return PyNumbers.normalize(new BigInteger(clean));
    }

    private static boolean validUnderscores(String digits) {
        return !digits.isEmpty() && !digits.startsWith("_") && !digits.endsWith("_") && !digits.contains("__");
    }

    private String name() {
        int start = pos;
        while (!atEnd() && Character.isJavaIdentifierPart(peek())) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void markMalformed(String node) {
        if (malformed == null) {
            malformed = node;
        }
    }

    private void expect(char c) {
        if (atEnd() || peek() != c) {
            throw new SyntaxProblem(atEnd() ? "'" + (c == ')' ? "(" : c == ']' ? "[" : "{") + "' was never closed"
                    : "invalid syntax");
        }
        pos++;
    }

    /** Skips blanks and comments; inside brackets newlines too, as Python's implicit line joining does. */
    /**
     * Python's tokenizer ignores blank and comment-only lines before the expression ({@code ast.literal_eval("\n1")}
     * is 1: a Jinja block such as mks937b's {@code {% set ... %}\n{{ n }}} renders that way); the first line
     * that holds something must then start in column 0, or Python raises IndentationError. literal_eval itself
     * strips only the spaces and tabs in front of the whole text ({@code lstrip(" \t")}).
     */
    private void skipBlankLines() {
        int lineStart = pos;
        boolean indented = false;
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t') {
                indented = true;
                pos++;
            } else if (c == '\f') {
                indented = false;
                pos++;
            } else if (c == '#') {
                while (!atEnd() && peek() != '\n' && peek() != '\r') {
                    pos++;
                }
            } else if (c == '\n' || c == '\r') {
                pos++;
                lineStart = pos;
                indented = false;
            } else {
                break;
            }
        }
        if (atEnd()) {
            return;
        }
        if (indented && lineStart > 0) {
            throw new SyntaxProblem("unexpected indent");
        }
        pos = lineStart;
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\f')) {
            pos++;
        }
    }

    private void skipSpace(boolean nested) {
        while (!atEnd()) {
            char c = peek();
            if (c == ' ' || c == '\t' || c == '\f' || (nested && (c == '\n' || c == '\r'))) {
                pos++;
            } else if (c == '#') {
                while (!atEnd() && peek() != '\n') {
                    pos++;
                }
            } else if (c == '\\' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
                pos += 2;
            } else {
                return;
            }
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character, or NUL at the end. */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void requireOpen(char open) {
        if (atEnd()) {
            throw new SyntaxProblem("'" + open + "' was never closed");
        }
    }
}
