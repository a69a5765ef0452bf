package org.iocrun.substitution;

/**
 * The tokenizer of msi's substitution-file reader (subGetNextToken), with its exact rules: lines are read in
 * 4095-byte pieces, a line starting with {@code #} is skipped, {@code #} where a token starts ends the line,
 * braces are tokens, commas and line ends are separators (blanks alone are not), quoted strings keep their quotes
 * and must end on their line, anything else is a bare word up to a blank, quote, comma or brace.
 */
final class SubstitutionLexer {

    enum Token { LEFT_BRACE, RIGHT_BRACE, SEPARATOR, STRING, EOF }

    /** A syntax error at the current token, in iocrun's words. */
    static final class SyntaxError extends Exception {
        final int line;
        final int column;
        final String hint;

        SyntaxError(String message, String hint, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
            this.hint = hint;
        }
    }

    private final byte[] content;
    private int filePosition;
    private byte[] buffer = {0};
    /** Index of the next character in {@link #buffer}; -1 once the file is exhausted. */
    private int next;
    private int bufferLine;
    private int bufferColumn;
    private int nextLine = 1;
    private int nextColumn;

    Token token;
    /** The text of a STRING token (quotes included when it was quoted), Latin-1. */
    String string;
    int tokenLine;
    int tokenColumn;

    SubstitutionLexer(byte[] content) {
        this.content = content;
    }

    Token advance() throws SyntaxError {
        if (next < 0) {
            return token = Token.EOF;
        }
        byte[] b = buffer;
        int p = next;
        if (b[p] == 0 || b[p] == '\n' || b[p] == '#') {
            mark(p);
            if (readLine()) {
                return token = Token.SEPARATOR;
            }
            mark(0);
            return token = Token.EOF;
        }
        while (Latin1.isSpace(b[p])) {
            p++;
        }
        mark(p);
        if (b[p] == '{' || b[p] == '}') {
            next = p + 1;
            return token = b[p] == '{' ? Token.LEFT_BRACE : Token.RIGHT_BRACE;
        }
        if (b[p] == 0 || b[p] == ',') {
            while (Latin1.isSpace(b[p]) || b[p] == ',') {
                p++;
            }
            next = p;
            return token = Token.SEPARATOR;
        }
        int start = p;
        if (b[p] == '"') {
            p++;
            while (b[p] != '"') {
                if (b[p] == 0 || b[p] == '\n') {
                    throw new SyntaxError("unterminated string", "a quoted string must end on the line it starts",
                            tokenLine, tokenColumn);
                }
                p += (b[p] == '\\' && b[p + 1] == '"') ? 2 : 1;
            }
            p++;
        } else {
            // msi reads past a NUL here (undefined behaviour); iocrun ends the word
            while (b[p] != 0 && !Latin1.isSpace(b[p]) && b[p] != '"' && b[p] != ',' && b[p] != '{'
                    && b[p] != '}') {
                p++;
            }
        }
        string = Latin1.of(b, start, p);
        next = p;
        return token = Token.STRING;
    }

    /** A short description of the current token for messages. */
    String describe() {
        return switch (token) {
            case LEFT_BRACE -> "'{'";
            case RIGHT_BRACE -> "'}'";
            case SEPARATOR -> "a separator";
            case STRING -> "'" + Latin1.toNative(string) + "'";
            case EOF -> "the end of the file";
        };
    }

    private void mark(int p) {
        tokenLine = bufferLine;
        tokenColumn = bufferColumn + p + 1;
    }

    /** subGetNextLine: the next piece of a line that does not start with '#'. */
    private boolean readLine() {
        do {
            if (filePosition >= content.length) {
                buffer = new byte[] {0};
                next = -1;
                bufferLine = nextLine;
                bufferColumn = 0;
                return false;
            }
            readPiece();
        } while (buffer[0] == '#');
        next = 0;
        return true;
    }

    private void readPiece() {
        int start = filePosition;
        int max = Math.min(content.length, start + TemplateCompiler.CHUNK);
        int end = start;
        while (end < max && content[end] != '\n') {
            end++;
        }
        boolean newline = end < max;
        if (newline) {
            end++;
        }
        int nul = start;
        while (nul < end && content[nul] != 0) {
            nul++;
        }
        buffer = new byte[nul - start + 1];
        System.arraycopy(content, start, buffer, 0, nul - start);
        bufferLine = nextLine;
        bufferColumn = nextColumn;
        if (newline) {
            nextLine++;
            nextColumn = 0;
        } else {
            nextColumn += end - start;
        }
        filePosition = end;
    }
}
