package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.substitution.SubstitutionLexer.SyntaxError;
import org.iocrun.substitution.SubstitutionLexer.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a substitution file into steps with the grammar msi 7.0 accepts (substituteGetNextSet and friends in
 * msi.cpp), so that the same files are accepted and rejected: {@code global} blocks, {@code file} blocks with
 * {@code pattern} rows or {@code {a=b}} rows, and rows without any {@code file} (for a template given to msi).
 */
final class SubstitutionParser {

    private final Path path;
    private final SubstitutionLexer lexer;
    private final Map<String, String> environment;
    private final List<SubstitutionStep> steps = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    private boolean inFile;
    private String fileName;
    private String writtenName;
    private SourcePosition fileNamePosition;
    private boolean isPattern;
    private final List<String> patternNames = new ArrayList<>();
    private int blockIndex = -1;
    private int rowIndex;
    /** Where the '{' of the row just read is. */
    private SourcePosition rowPosition;

    private SubstitutionParser(Path path, byte[] content, Map<String, String> environment) {
        this.path = path;
        this.lexer = new SubstitutionLexer(content);
        this.environment = environment;
    }

    /** Parses {@code content}; {@code environment} expands macros in {@code file} names, as msi does. */
    static SubstitutionFile parse(Path path, byte[] content, Map<String, String> environment) {
        SubstitutionParser parser = new SubstitutionParser(path, content, environment);
        parser.run();
        return new SubstitutionFile(path, parser.steps, parser.warnings);
    }

    private void run() {
        try {
            lexer.advance();
            boolean isGlobal;
            boolean isSet = false;
            do {
                isGlobal = globalKeyword();
                if (isGlobal) {
                    String definitions = globalDefinitions();
                    if (definitions != null) {
                        steps.add(new SubstitutionStep.Globals(definitions, rowPosition));
                    }
                } else if (isSet = nextSet()) {
                    blockIndex++;
                    rowIndex = 0;
                    SourcePosition at = fileNamePosition != null ? fileNamePosition : here();
                    steps.add(new SubstitutionStep.TemplateSet(fileName, writtenName, at, blockIndex));
                    String definitions;
                    while ((definitions = rowDefinitions()) != null) {
                        steps.add(new SubstitutionStep.Row(definitions, rowPosition, rowIndex++));
                    }
                }
            } while (isGlobal || isSet);
        } catch (SyntaxError e) {
            steps.add(new SubstitutionStep.Failure(Problem.error(
                    new SourcePosition(path, e.line, e.column), e.getMessage(), e.hint)));
        }
    }

    private SourcePosition here() {
        return new SourcePosition(path, lexer.tokenLine, lexer.tokenColumn);
    }

    private void skipSeparators() throws SyntaxError {
        while (lexer.token == Token.SEPARATOR) {
            lexer.advance();
        }
    }

    private boolean isWord(String word) {
        return lexer.token == Token.STRING && lexer.string.equals(word);
    }

    /** substituteGetGlobalSet */
    private boolean globalKeyword() throws SyntaxError {
        skipSeparators();
        if (isWord("global")) {
            lexer.advance();
            return true;
        }
        return false;
    }

    /** substituteGetNextSet */
    private boolean nextSet() throws SyntaxError {
        skipSeparators();
        if (lexer.token == Token.EOF) {
            return false;
        }
        if (isWord("file")) {
            inFile = true;
            if (lexer.advance() != Token.STRING) {
                throw error("expected a template file name after 'file' but found " + lexer.describe(), "");
            }
            clearPattern();
            fileNamePosition = here();
            writtenName = lexer.string;
            fileName = expandFileName(lexer.string);
            skipAllSeparators();
            if (lexer.token != Token.LEFT_BRACE) {
                throw error("expected '{' after the file name but found " + lexer.describe(), "");
            }
            lexer.advance();
        } else if (!inFile) {
            fileName = null;
            writtenName = null;
            fileNamePosition = null;
        }
        skipSeparators();
        if (lexer.token == Token.LEFT_BRACE) {
            return true;
        }
        if (lexer.token == Token.RIGHT_BRACE) {
            throw error("unexpected '}'", "msi expects 'pattern' or a '{...}' row here; it rejects an empty file"
                    + " block");
        }
        if (!isWord("pattern")) {
            String hint = lexer.token == Token.STRING && lexer.string.startsWith("#")
                    ? "msi takes '#' after blanks for a word: start the comment at the beginning of the line"
                    : "";
            throw error("expected 'pattern' or a '{...}' row but found " + lexer.describe(), hint);
        }
        clearPattern();
        isPattern = true;
        skipAllSeparators();
        if (lexer.token != Token.LEFT_BRACE) {
            throw error("expected '{' after 'pattern' but found " + lexer.describe(), "");
        }
        while (true) {
            skipAllSeparators();
            if (lexer.token != Token.STRING) {
                break;
            }
            patternNames.add(lexer.string);
        }
        if (lexer.token != Token.RIGHT_BRACE) {
            throw error("expected a macro name or '}' in the pattern but found " + lexer.describe(), "");
        }
        lexer.advance();
        return true;
    }

    /** The C idiom {@code while (subGetNextToken(psubFile) == tokenSeparator);}: advances at least once. */
    private void skipAllSeparators() throws SyntaxError {
        while (lexer.advance() == Token.SEPARATOR) {
            // skip
        }
    }

    /** substituteGetGlobalReplacements */
    private String globalDefinitions() throws SyntaxError {
        skipSeparators();
        if (endOfFileBlock()) {
            return null;
        }
        if (lexer.token != Token.LEFT_BRACE) {
            return null;
        }
        rowPosition = here();
        return plainRow();
    }

    /** substituteGetReplacements */
    private String rowDefinitions() throws SyntaxError {
        skipSeparators();
        if (endOfFileBlock()) {
            return null;
        }
        if (lexer.token != Token.LEFT_BRACE) {
            return null;
        }
        rowPosition = here();
        return isPattern ? patternRow() : plainRow();
    }

    private boolean endOfFileBlock() throws SyntaxError {
        if (lexer.token == Token.RIGHT_BRACE && inFile) {
            inFile = false;
            fileName = null;
            writtenName = null;
            fileNamePosition = null;
            clearPattern();
            lexer.advance();
            return true;
        }
        return lexer.token == Token.EOF;
    }

    private String plainRow() throws SyntaxError {
        StringBuilder definitions = new StringBuilder();
        while (true) {
            switch (lexer.advance()) {
                case RIGHT_BRACE -> {
                    lexer.advance();
                    return definitions.toString();
                }
                case SEPARATOR -> definitions.append(',');
                case STRING -> definitions.append(lexer.string);
                case LEFT_BRACE -> throw error("unexpected '{' inside a row", "rows cannot be nested");
                case EOF -> throw error("unexpected end of file inside a row", "a '}' is missing");
            }
        }
    }

    private String patternRow() throws SyntaxError {
        StringBuilder definitions = new StringBuilder();
        skipAllSeparators();
        int next = 0;
        while (true) {
            if (lexer.token == Token.RIGHT_BRACE) {
                lexer.advance();
                return definitions.toString();
            }
            if (lexer.token != Token.STRING) {
                throw error("expected a macro value or '}' but found " + lexer.describe(), "");
            }
            if (next > 0) {
                definitions.append(',');
            }
            if (next < patternNames.size()) {
                definitions.append(patternNames.get(next)).append('=').append(lexer.string);
            } else {
                warnings.add(Problem.warning(here(), "too many values: the pattern names "
                        + patternNames.size() + " macros, this value is ignored"));
            }
            next++;
            skipAllSeparators();
        }
    }

    private void clearPattern() {
        patternNames.clear();
        isPattern = false;
    }

    /** macEnvExpand on the name without its quotes: null (with a warning) when a macro is undefined. */
    private String expandFileName(String written) {
        String name = written;
        if (name.length() >= 2 && name.charAt(0) == '"' && name.charAt(name.length() - 1) == '"') {
            name = name.substring(1, name.length() - 1);
        }
        MacroTranslator env = new MacroTranslator(new MacroTable(false, environment));
        ExpansionTarget target = new ExpansionTarget("string", name);
        BoundedBuffer out = new BoundedBuffer(Integer.MAX_VALUE);
        env.expandString(Latin1.terminated(name), target, out);
        if (target.error) {
            for (ExpansionTarget.BadReference bad : target.badReferences()) {
                warnings.add(Problem.warning(here(), "environment variable " + Latin1.toNative(bad.name())
                        + (bad.recursive() ? " is recursive" : " is not set") + " in template file name "
                        + Latin1.toNative(written)));
            }
            return null;
        }
        return out.toLatin1();
    }

    private SyntaxError error(String message, String hint) {
        return new SyntaxError(message, hint, lexer.tokenLine, lexer.tokenColumn);
    }
}
