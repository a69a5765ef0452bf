package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns snakeyaml-engine's exceptions into problems a beamline engineer can act on: 1-based position of
 * the fault, the parser's token names replaced by words, the "while parsing ..." context moved to a hint
 * with its own position, and tabs in indentation (the most common cause) named as such.
 */
final class EngineErrors {

    private static final String TAB_MESSAGE = "tab character used for indentation, use spaces";

    private final String text;
    private final Path file;

    EngineErrors(String text, Path file) {
        this.text = text;
        this.file = file;
    }

    Problem translate(YamlEngineException e) {
        return switch (e) {
            case MarkedYamlEngineException marked -> marked(marked);
            case ReaderException reader -> unprintable(reader);
            default -> Problem.error(SourcePosition.unknown(file), "invalid YAML: " + e.getMessage());
        };
    }

    private Problem marked(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        Optional<Mark> where = e.getProblemMark().or(e::getContextMark);
        Optional<SourcePosition> tab = where.flatMap(m -> indentationTab(m, problem.contains("(TAB)")));
        if (tab.isPresent()) {
            return Problem.error(tab.get(), TAB_MESSAGE);
        }
        Optional<Problem> cause = where.flatMap(m -> causeBefore(m, problem));
        if (cause.isPresent()) {
            return cause.get();
        }
        SourcePosition position = Marks.position(file, where);
        if (e instanceof ComposerException && "expected a single document in the stream".equals(e.getContext())) {
            return Problem.error(position, "expected a single YAML document, but found another one",
                    "the file must hold one document; remove the second '---' and what follows, or merge them");
        }
        Wording wording = describeProblem(problem, e.getContext(), where.map(this::isAtLineStart).orElse(true));
        String hint = contextHint(e);
        return Problem.error(position, wording.message(), hint.isEmpty() ? wording.advice() : hint);
    }

    /** A mistake made before the spot the parser noticed it, reported where it was made. */
    private Optional<Problem> causeBefore(Mark fault, String problem) {
        ParseErrorCauses causes = new ParseErrorCauses(text, file);
        Optional<Problem> key = problem.equals("mapping values are not allowed here")
                ? causes.overIndentedKey(fault.getLine(), fault.getColumn()) : Optional.empty();
        return key.or(() -> causes.unclosedQuote(charIndex(fault)));
    }

    /** The char index of a mark (the engine counts code points, Java strings count UTF-16 units). */
    private int charIndex(Mark mark) {
        int start = lineStart(mark.getLine());
        if (start < 0) {
            return text.length();
        }
        int index = start;
        for (int cp = 0; cp < mark.getColumn() && index < text.length(); cp++) {
            index += Character.charCount(text.codePointAt(index));
        }
        return index;
    }

    private boolean isAtLineStart(Mark mark) {
        int lineStart = lineStart(mark.getLine());
        if (lineStart < 0) {
            return true;
        }
        for (int i = lineStart; i < text.length() && i - lineStart < mark.getColumn(); i++) {
            if (text.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * The tab in the indentation of the faulty line, if any. When the engine itself blames a tab, the tab
     * at the fault counts too (a tab after "- " is also indentation).
     */
    private Optional<SourcePosition> indentationTab(Mark mark, boolean engineBlamesTab) {
        int lineStart = lineStart(mark.getLine());
        if (lineStart < 0) {
            return Optional.empty();
        }
        int column = 0;
        for (int i = lineStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                return Optional.of(new SourcePosition(file, mark.getLine() + 1, column + 1));
            }
            if (c != ' ' && !(engineBlamesTab && (c == '-' || c == '?' || c == ':'))) {
                break;
            }
            column++;
        }
        return engineBlamesTab ? Optional.of(Marks.position(file, mark)) : Optional.empty();
    }

    private int lineStart(int line) {
        int index = 0;
        for (int l = 0; l < line; l++) {
            index = text.indexOf('\n', index);
            if (index < 0) {
                return -1;
            }
            index++;
        }
        return index;
    }

    private Problem unprintable(ReaderException e) {
        SourcePosition position = positionOfCodePoint(e.getPosition());
        String character = String.format("U+%04X", e.getCodePoint());
        return Problem.error(position, "character " + character + " is not allowed in YAML",
                "YAML text may only hold printable characters; write it as an escape in a double-quoted string");
    }

    private SourcePosition positionOfCodePoint(int codePointIndex) {
        int line = 1;
        int column = 1;
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePointIndex; i += Character.charCount(text.codePointAt(i))) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            seen++;
        }
        return new SourcePosition(file, line, column);
    }

    /** A reworded engine problem and, when the context gives none, advice of its own. */
    record Wording(String message, String advice) {
        Wording(String message) {
            this(message, "");
        }
    }

    /**
     * The engine's problem sentence, reworded where it speaks in parser tokens.
     *
     * @param atLineStart whether the fault is the first thing on its line (then unexpected tokens are
     *                    an indentation problem, otherwise something trails a complete value)
     */
    static Wording describeProblem(String problem, String context, boolean atLineStart) {
        if (problem.startsWith("expected <block end>, but found ")) {
            return atLineStart
                    ? new Wording("bad indentation of " + token(afterFound(problem)))
                    : new Wording("expected the end of the line after a complete value, but found "
                    + token(afterFound(problem)));
        }
        if (problem.startsWith("expected ',' or ']', but got ")) {
            return new Wording("expected ',' or ']' in the flow list, but found " + token(after(problem, "but got ")));
        }
        if (problem.startsWith("expected ',' or '}', but got ")) {
            return new Wording("expected ',' or '}' in the flow mapping, but found "
                    + token(after(problem, "but got ")));
        }
        if (problem.startsWith("expected the node content, but found ")) {
            return new Wording("expected a value, but found " + token(afterFound(problem)));
        }
        if (problem.startsWith("expected '<document start>', but found ")) {
            return new Wording("expected the end of the document, but found " + token(afterFound(problem)));
        }
        if (problem.equals("could not find expected ':'")) {
            return new Wording("expected ':' after a mapping key");
        }
        if (problem.equals("mapping values are not allowed here")) {
            return new Wording("a ': ' is not allowed here",
                    "quote a value that contains ': ', or put a nested mapping on its own indented lines");
        }
        if (problem.equals("sequence entries are not allowed here")) {
            return new Wording("a list item ('- ') is not allowed here", "check the indentation");
        }
        if (problem.equals("found unexpected end of stream") && context != null && context.contains("quoted")) {
            return new Wording("unterminated quoted string: the file ends before the closing quote");
        }
        if (problem.startsWith("found undefined alias ")) {
            String name = after(problem, "found undefined alias ");
            return new Wording("undefined alias '*" + name + "'",
                    "an alias needs an anchor '&" + name + "' earlier in the file");
        }
        if (problem.startsWith("found unknown escape character ")) {
            return new Wording("unknown escape sequence '\\"
                    + withoutCodes(after(problem, "found unknown escape character ")) + "' in a double-quoted string",
                    "write \\\\ for a backslash, or use single quotes");
        }
        if (problem.startsWith("found character '") && problem.contains("that cannot start any token")) {
            String character = problem.substring("found character '".length(), problem.indexOf("' that"));
            return new Wording("a value cannot start with '" + character + "'", "quote the value");
        }
        return new Wording(withoutCodes(problem.replace(" (Do not use \\t(TAB) for indentation)", "")));
    }

    /** The engine appends Java-style code points, as in {@code q(113)}; users need the character only. */
    private static String withoutCodes(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int close = s.charAt(i) == '(' ? s.indexOf(')', i) : -1;
            if (close > i + 1 && isAllDigits(s, i + 1, close)) {
                i = close + 1;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString().replace("\\t(TAB)", "tab").replace("\\t", "tab").strip();
    }

    private static boolean isAllDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!AsciiDigits.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String afterFound(String problem) {
        return after(problem, "but found ");
    }

    private static String after(String s, String marker) {
        return s.substring(s.indexOf(marker) + marker.length());
    }

    /** A parser token name ({@code '<block mapping start>'}) in words. */
    static String token(String quotedOrBare) {
        String t = quotedOrBare.strip();
        if (t.length() >= 2 && t.startsWith("'") && t.endsWith("'")) {
            t = t.substring(1, t.length() - 1);
        }
        return switch (t) {
            case "<stream end>" -> "the end of the file";
            case "<block end>" -> "the end of a block";
            case "<block mapping start>" -> "a mapping";
            case "<block sequence start>" -> "a list";
            case "<scalar>" -> "a scalar value";
            case "<alias>" -> "an alias";
            case "<anchor>" -> "an anchor";
            case "<tag>" -> "a tag";
            case "<directive>" -> "a directive";
            case "<document start>" -> "a document start '---'";
            case "<document end>" -> "a document end '...'";
            case "?" -> "a mapping key";
            case "-" -> "a list item '-'";
            case ":" -> "':'";
            default -> "'" + t + "'";
        };
    }

    private String contextHint(MarkedYamlEngineException e) {
        String context = e.getContext();
        Optional<Mark> mark = e.getContextMark();
        if (context == null || context.isBlank() || mark.isEmpty() || sameSpot(mark, e.getProblemMark())) {
            return "";
        }
        Mark m = mark.get();
        return "in " + contextName(context) + " that starts at line " + (m.getLine() + 1) + ", column "
                + (m.getColumn() + 1);
    }

    private static boolean sameSpot(Optional<Mark> a, Optional<Mark> b) {
        return a.isPresent() && b.isPresent() && a.get().getIndex() == b.get().getIndex();
    }

    /** "while parsing a flow sequence" → "the flow list". */
    static String contextName(String context) {
        String c = context.replaceFirst("^while (parsing|scanning) (an? )?", "");
        return switch (c) {
            case "block mapping" -> "the mapping";
            case "block collection" -> "the list";
            case "flow sequence" -> "the flow list";
            case "flow mapping" -> "the flow mapping";
            case "simple key" -> "the key";
            case "quoted scalar", "double-quoted scalar" -> "the quoted string";
            case "block scalar" -> "the block scalar";
            case "plain scalar" -> "the value";
            case "block node", "flow node", "node" -> "the value";
            default -> "the " + c;
        };
    }
}
