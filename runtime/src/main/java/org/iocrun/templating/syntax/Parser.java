package org.iocrun.templating.syntax;

import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.TextNode;
import org.iocrun.templating.builtins.Filters;
import org.iocrun.templating.builtins.JinjaFilter;
import org.iocrun.templating.builtins.JinjaTest;
import org.iocrun.templating.builtins.Tests;
import org.iocrun.templating.nodes.ArithmeticExpr;
import org.iocrun.templating.nodes.AssignBlockNode;
import org.iocrun.templating.nodes.AssignNode;
import org.iocrun.templating.nodes.Body;
import org.iocrun.templating.nodes.CallArgs;
import org.iocrun.templating.nodes.CallBlockNode;
import org.iocrun.templating.nodes.CallExpr;
import org.iocrun.templating.nodes.CompareExpr;
import org.iocrun.templating.nodes.ConcatExpr;
import org.iocrun.templating.nodes.CondExpr;
import org.iocrun.templating.nodes.ConstExpr;
import org.iocrun.templating.nodes.DictExpr;
import org.iocrun.templating.nodes.Expr;
import org.iocrun.templating.nodes.FilterBlockNode;
import org.iocrun.templating.nodes.FilterChain;
import org.iocrun.templating.nodes.FilterExpr;
import org.iocrun.templating.nodes.ForNode;
import org.iocrun.templating.nodes.GetAttrExpr;
import org.iocrun.templating.nodes.GetItemExpr;
import org.iocrun.templating.nodes.IfNode;
import org.iocrun.templating.nodes.ListExpr;
import org.iocrun.templating.nodes.LogicalExpr;
import org.iocrun.templating.nodes.MacroNode;
import org.iocrun.templating.nodes.NameExpr;
import org.iocrun.templating.nodes.NoLoaderNode;
import org.iocrun.templating.nodes.NotExpr;
import org.iocrun.templating.nodes.OutputNode;
import org.iocrun.templating.nodes.RootNode;
import org.iocrun.templating.nodes.ScopedNode;
import org.iocrun.templating.nodes.SignExpr;
import org.iocrun.templating.nodes.SliceExpr;
import org.iocrun.templating.nodes.Target;
import org.iocrun.templating.nodes.TestExpr;
import org.iocrun.templating.nodes.TupleExpr;
import org.iocrun.templating.nodes.UnboundNames;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateError;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Jinja 3.1's parser (the grammar of {@code jinja2/parser.py}), building nodes that Pebble's runtime renders.
 * Unknown filters and tests are errors at the end of parsing unless they sit where Jinja defers the check to
 * render time (inside {@code {% if %}} and conditional expressions, but not inside loops or macros).
 */
public final class Parser {

    private static final Set<String> STATEMENT_KEYWORDS = Set.of("for", "if", "block", "extends", "print", "macro",
            "include", "from", "import", "set", "with", "autoescape");
    private static final Set<TokenType> COMPARE_TOKENS = Set.of(TokenType.EQ, TokenType.NE, TokenType.LT,
            TokenType.LTEQ, TokenType.GT, TokenType.GTEQ);

    /** A filter or test name not known when parsed, and whether Jinja would check it only at render time. */
    private static final class Unknown {
        final String message;
        final int line;
        boolean soft;

        Unknown(String message, int line, boolean soft) {
            this.message = message;
            this.line = line;
            this.soft = soft;
        }
    }

    /** A parse error; converted to a {@link TemplateError} by {@link #parse}. */
    private static final class SyntaxFailure extends RuntimeException {
        final int line;

        SyntaxFailure(String message, int line) {
            super(message, null, false, false);
            this.line = line;
        }
    }

    /** A slice inside {@code [...]}, which is not an expression of its own. */
    private record SliceSpec(Expr start, Expr stop, Expr step) {
    }

    private final List<Token> tokens;
    private int index;
    private final Deque<List<String>> endTokenStack = new ArrayDeque<>();
    private final Deque<String> tagStack = new ArrayDeque<>();
    private final List<Unknown> unknowns = new ArrayList<>();
    private final Deque<Set<String>> nameRecorders = new ArrayDeque<>();
    private final Set<String> blockNames = new HashSet<>();
    /** The lines of every assignment to the name {@code loop}, which Jinja forbids anywhere inside a for loop. */
    private final List<Integer> loopStores = new ArrayList<>();
    /** The template's frame, whose nested frames record what each reads and stores (Jinja's idtracking). */
    private final UnboundNames rootUnbound = new UnboundNames();
    private FrameSymbols frame = FrameSymbols.root(rootUnbound);
    /** Where the reads and stores being parsed go: the current frame's events or an if-branch's. */
    private List<FrameSymbols.Event> symbolEvents = frame.events();
    /** Above zero while parsing assignment targets, whose names are stores rather than reads. */
    private int targetDepth;
    private boolean soft;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Parses a whole template. */
    public static RootNode parse(String source) throws TemplateError {
        Parser parser = new Parser(Lexer.tokenize(source));
        try {
            List<RenderableNode> body = parser.subparse(null);
            parser.frame.resolveAll();
            for (Unknown u : parser.unknowns) {
                if (!u.soft) {
                    throw new SyntaxFailure(u.message, u.line);
                }
            }
            return new RootNode(Body.of(1, body), parser.rootUnbound);
        } catch (SyntaxFailure f) {
            throw new TemplateError(TemplateError.Kind.SYNTAX, f.getMessage(), source, f.line);
        }
    }

    // ---- token stream ----

    private Token current() {
        return tokens.get(index);
    }

    private Token look() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(index);
        if (t.type() != TokenType.EOF) {
            index++;
        }
        return t;
    }

    private boolean is(TokenType type) {
        return current().type() == type;
    }

    private boolean isName(String name) {
        return current().isName(name);
    }

    private boolean skipIf(TokenType type) {
        if (is(type)) {
            next();
            return true;
        }
        return false;
    }

    private boolean skipIfName(String name) {
        if (isName(name)) {
            next();
            return true;
        }
        return false;
    }

    private Token expect(TokenType type) {
        if (!is(type)) {
            throw expected(type.description());
        }
        return next();
    }

    private Token expectName(String name) {
        if (!isName(name)) {
            throw expected(name);
        }
        return next();
    }

    private SyntaxFailure expected(String description) {
        Token t = current();
        if (t.type() == TokenType.EOF) {
            return new SyntaxFailure("unexpected end of template, expected " + PyText.repr(description) + ".", t.line());
        }
        return new SyntaxFailure("expected token " + PyText.repr(description) + ", got " + PyText.repr(t.describe()),
                t.line());
    }

    private SyntaxFailure fail(String message, int line) {
        return new SyntaxFailure(message, line);
    }

    // ---- template structure ----

    private List<RenderableNode> subparse(List<String> endTokens) {
        List<RenderableNode> body = new ArrayList<>();
        if (endTokens != null) {
            endTokenStack.push(endTokens);
        }
        try {
            while (!is(TokenType.EOF)) {
                Token token = current();
                switch (token.type()) {
                    case DATA -> {
                        body.add(new TextNode(token.text(), token.line()));
                        next();
                    }
                    case VARIABLE_BEGIN -> {
                        next();
                        Expr expr = parseTuple(false, true, null, false);
                        body.add(new OutputNode(expr, token.line()));
                        expect(TokenType.VARIABLE_END);
                    }
                    case BLOCK_BEGIN -> {
                        next();
                        if (endTokens != null && is(TokenType.NAME) && endTokens.contains(current().text())) {
                            return body;
                        }
                        body.add(parseStatement());
                        expect(TokenType.BLOCK_END);
                    }
                    default -> throw fail("internal parsing error", token.line());
                }
            }
            return body;
        } finally {
            if (endTokens != null) {
                endTokenStack.pop();
            }
        }
    }

    private RenderableNode parseStatement() {
        Token token = current();
        if (token.type() != TokenType.NAME) {
            throw fail("tag name expected", token.line());
        }
        String tag = token.text();
        tagStack.push(tag);
        boolean pop = true;
        try {
            if (STATEMENT_KEYWORDS.contains(tag)) {
                return switch (tag) {
                    case "for" -> parseFor();
                    case "if" -> parseIf();
                    case "block" -> parseBlock();
                    case "extends", "include" -> parseLoaderTag(tag);
                    case "print" -> parsePrint();
                    case "macro" -> parseMacro();
                    case "from" -> parseFrom();
                    case "import" -> parseImport();
                    case "set" -> parseSet();
                    case "with" -> parseWith();
                    default -> parseAutoescape();
                };
            }
            if (tag.equals("call")) {
                return parseCallBlock();
            }
            if (tag.equals("filter")) {
                return parseFilterBlock();
            }
            tagStack.pop();
            pop = false;
            throw unknownTag(tag, token.line());
        } finally {
            if (pop) {
                tagStack.pop();
            }
        }
    }

    /** Jinja's {@code _fail_ut_eof}: names the tag, what Jinja was looking for, and the innermost open block. */
    private SyntaxFailure unknownTag(String name, int line) {
        return eofOrUnknown(name, new ArrayList<>(endTokenStack), line);
    }

    private SyntaxFailure eofOrUnknown(String name, List<List<String>> stackTopFirst, int line) {
        Set<String> expected = new LinkedHashSet<>();
        for (List<String> level : stackTopFirst) {
            expected.addAll(level);
        }
        StringBuilder message = new StringBuilder(name == null ? "Unexpected end of template."
                : "Encountered unknown tag " + PyText.repr(name) + ".");
        if (!stackTopFirst.isEmpty()) {
            List<String> quoted = new ArrayList<>();
            for (String t : stackTopFirst.getFirst()) {
                quoted.add(PyText.repr(t));
            }
            String looking = String.join(" or ", quoted);
            if (name != null && expected.contains(name)) {
                message.append(" You probably made a nesting mistake. Jinja is expecting this tag, but currently"
                        + " looking for ").append(looking).append('.');
            } else {
                message.append(" Jinja was looking for the following tags: ").append(looking).append('.');
            }
        }
        if (!tagStack.isEmpty()) {
            message.append(" The innermost block that needs to be closed is ").append(PyText.repr(tagStack.peek()))
                    .append('.');
        }
        return fail(message.toString(), line);
    }

    /** Parses {@code %}body{% end...} up to one of the end tags; with {@code dropNeedle} the end tag is consumed. */
    private Body parseStatements(List<String> endTokens, boolean dropNeedle) {
        int line = current().line();
        skipIf(TokenType.COLON);
        expect(TokenType.BLOCK_END);
        List<RenderableNode> body = subparse(endTokens);
        if (is(TokenType.EOF)) {
            List<List<String>> stack = new ArrayList<>();
            stack.add(endTokens);
            stack.addAll(endTokenStack);
            throw eofOrUnknown(null, stack, current().line());
        }
        if (dropNeedle) {
            next();
        }
        return Body.of(line, body);
    }

    /** Parses a body in a new Jinja frame: unknown filters there are compile-time errors again. */
    private Body parseInnerStatements(List<String> endTokens, boolean dropNeedle) {
        boolean saved = soft;
        soft = false;
        try {
            return parseStatements(endTokens, dropNeedle);
        } finally {
            soft = saved;
        }
    }

    // ---- frames (Jinja's idtracking) ----

    /** Parses {@code part} with its reads and stores recorded in {@code events}. */
    private <T> T recordingInto(List<FrameSymbols.Event> events, java.util.function.Supplier<T> part) {
        List<FrameSymbols.Event> saved = symbolEvents;
        symbolEvents = events;
        try {
            return part.get();
        } finally {
            symbolEvents = saved;
        }
    }

    /** Parses {@code part} as the body of the nested frame {@code inner}. */
    private <T> T inFrame(FrameSymbols inner, java.util.function.Supplier<T> part) {
        FrameSymbols saved = frame;
        frame = inner;
        try {
            return recordingInto(inner.events(), part);
        } finally {
            frame = saved;
        }
    }

    /** The names an assignment target stores; {@code ns.attr} reads {@code ns}. */
    private void recordStores(Target target) {
        switch (target) {
            case Target.Name n -> symbolEvents.add(new FrameSymbols.Store(n.name()));
            case Target.Unpack u -> u.targets().forEach(this::recordStores);
            case Target.NamespaceAttribute a -> symbolEvents.add(new FrameSymbols.Load(a.name()));
        }
    }

    /** The names a loop target binds as parameters of the loop's frame. */
    private void recordParameters(Target target) {
        switch (target) {
            case Target.Name n -> symbolEvents.add(new FrameSymbols.Param(n.name()));
            case Target.Unpack u -> u.targets().forEach(this::recordParameters);
            case Target.NamespaceAttribute a -> symbolEvents.add(new FrameSymbols.Load(a.name()));
        }
    }

    /** The implicit parameters ({@code caller}, {@code varargs}, {@code kwargs}) a macro body uses. */
    private static void recordImplicitParameters(FrameSymbols macroFrame, Set<String> used) {
        for (String name : List.of("caller", "varargs", "kwargs")) {
            if (used.contains(name)) {
                macroFrame.events().add(new FrameSymbols.Param(name));
            }
        }
    }

    private RenderableNode parseFor() {
        int line = expectName("for").line();
        int checkSlot = unknowns.size();
        int storesBefore = loopStores.size();
        RenderableNode loop = parseForRest(line);
        if (loopStores.size() > storesBefore) {
            // Jinja's compiler checks every name the For node stores (its target and its whole body) before
            // compiling the body, so this failure comes before any found inside the loop
            unknowns.add(checkSlot, new Unknown("Can't assign to special loop variable in for-loop target",
                    loopStores.get(storesBefore), false));
        }
        return loop;
    }

    /**
     * The iterable is read in the enclosing frame; the filter in a frame of its own and the body in the loop's
     * frame, both with the target (and {@code loop}) as parameters; the else branch in a third frame.
     */
    private RenderableNode parseForRest(int line) {
        Target target = parseAssignTarget(true, false, List.of("in"), false);
        expectName("in");
        Expr iterable = parseTuple(false, false, List.of("recursive"), false);
        Expr filter = null;
        boolean saved = soft;
        soft = false;
        try {
            if (skipIfName("if")) {
                filter = inFrame(frame.inner(new UnboundNames()), () -> {
                    recordParameters(target);
                    return parseExpression(true);
                });
            }
            boolean recursive = skipIfName("recursive");
            UnboundNames bodyNames = new UnboundNames();
            Body body = inFrame(frame.inner(bodyNames), () -> {
                recordParameters(target);
                symbolEvents.add(new FrameSymbols.Param("loop"));
                return parseStatements(List.of("endfor", "else"), false);
            });
            Body otherwise;
            UnboundNames elseNames = new UnboundNames();
            if (next().text().equals("endfor")) {
                otherwise = Body.of(line, List.of());
            } else {
                otherwise = inFrame(frame.inner(elseNames), () -> parseStatements(List.of("endfor"), true));
            }
            return new ForNode(target, iterable, filter, recursive, body, otherwise, bodyNames, elseNames, line);
        } finally {
            soft = saved;
        }
    }

    private RenderableNode parseIf() {
        int line = expectName("if").line();
        boolean saved = soft;
        soft = true;
        try {
            List<IfNode.Branch> branches = new ArrayList<>();
            Body otherwise = Body.of(line, List.of());
            // Jinja's visit_If: the test in this frame, then the body, the elif chain (each elif an If of its
            // own: its test, then its body beside two empty branches) and the else, each on a copy of the symbols
            List<FrameSymbols.Event> bodyEvents = new ArrayList<>();
            List<FrameSymbols.Event> elifEvents = new ArrayList<>();
            List<FrameSymbols.Event> elseEvents = new ArrayList<>();
            while (true) {
                boolean first = branches.isEmpty();
                Expr test = first ? parseTuple(false, false, null, false)
                        : recordingInto(elifEvents, () -> parseTuple(false, false, null, false));
                List<FrameSymbols.Event> branchEvents = first ? bodyEvents : new ArrayList<>();
                Body body = recordingInto(branchEvents, () -> parseStatements(List.of("elif", "else", "endif"), false));
                if (!first) {
                    elifEvents.add(new FrameSymbols.Branches(List.of(branchEvents, List.of(), List.of())));
                }
                branches.add(new IfNode.Branch(test, body));
                Token token = next();
                if (token.isName("elif")) {
                    continue;
                }
                if (token.isName("else")) {
                    otherwise = recordingInto(elseEvents, () -> parseStatements(List.of("endif"), true));
                }
                break;
            }
            symbolEvents.add(new FrameSymbols.Branches(List.of(bodyEvents, elifEvents, elseEvents)));
            return new IfNode(branches, otherwise, line);
        } finally {
            soft = saved;
        }
    }

    private RenderableNode parseBlock() {
        int line = next().line();
        String name = expect(TokenType.NAME).text();
        skipIfName("scoped");
        boolean required = skipIfName("required");
        if (is(TokenType.SUB)) {
            throw fail("Block names in Jinja have to be valid Python identifiers and may not contain hyphens,"
                    + " use an underscore instead.", current().line());
        }
        if (!blockNames.add(name)) {
            throw fail("block " + PyText.repr(name) + " defined twice", line);
        }
        // a block renders in a frame of its own that sees none of the enclosing frames' variables
        UnboundNames names = new UnboundNames();
        Body body = inFrame(frame.detached(names), () -> parseInnerStatements(List.of("endblock"), true));
        if (required && body.node().getChildren().stream().anyMatch(n -> !(n instanceof TextNode t)
                || !new String(t.getData()).isBlank())) {
            throw fail("Required blocks can only contain comments or whitespace", line);
        }
        skipIfName(name);
        return new ScopedNode(List.of(), body, names, line);
    }

    private RenderableNode parseLoaderTag(String tag) {
        int line = next().line();
        Expr template = parseExpression(true);
        if (tag.equals("include")) {
            if (isName("ignore") && look().isName("missing")) {
                next();
                next();
            }
            skipImportContext();
        }
        return new NoLoaderNode(template, line);
    }

    private void skipImportContext() {
        if ((isName("with") || isName("without")) && look().isName("context")) {
            next();
            next();
        }
    }

    private RenderableNode parseImport() {
        int line = next().line();
        Expr template = parseExpression(true);
        expectName("as");
        parseAssignTarget(false, true, null, false);
        skipImportContext();
        return new NoLoaderNode(template, line);
    }

    private RenderableNode parseFrom() {
        int line = next().line();
        Expr template = parseExpression(true);
        expectName("import");
        boolean first = true;
        while (true) {
            if (!first) {
                expect(TokenType.COMMA);
            }
            first = false;
            if (is(TokenType.NAME)) {
                if (importContextFollows()) {
                    break;
                }
                Target.Name target = (Target.Name) parseAssignTarget(false, true, null, false);
                if (target.name().startsWith("_")) {
                    throw fail("names starting with an underline can not be imported", line);
                }
                if (skipIfName("as")) {
                    parseAssignTarget(false, true, null, false);
                }
                if (importContextFollows() || !is(TokenType.COMMA)) {
                    break;
                }
            } else {
                expect(TokenType.NAME);
            }
        }
        return new NoLoaderNode(template, line);
    }

    private boolean importContextFollows() {
        if ((isName("with") || isName("without")) && look().isName("context")) {
            next();
            next();
            return true;
        }
        return false;
    }

    private RenderableNode parsePrint() {
        int line = next().line();
        List<RenderableNode> outputs = new ArrayList<>();
        while (!is(TokenType.BLOCK_END)) {
            if (!outputs.isEmpty()) {
                expect(TokenType.COMMA);
            }
            outputs.add(new OutputNode(parseExpression(true), line));
        }
        return new BodyNode(line, outputs);
    }

    /** Jinja's parse_autoescape wraps the body in a Scope node: a nested frame. */
    private RenderableNode parseAutoescape() {
        int line = next().line();
        parseExpression(true);
        UnboundNames names = new UnboundNames();
        Body body = inFrame(frame.inner(names), () -> parseStatements(List.of("endautoescape"), true));
        return new ScopedNode(List.of(), body, names, line);
    }

    private RenderableNode parseSet() {
        int line = next().line();
        Target target = parseAssignTarget(true, false, null, true);
        if (skipIf(TokenType.ASSIGN)) {
            // FrameSymbolVisitor.visit_Assign: the value's reads come before the target's stores
            Expr value = parseTuple(false, true, null, false);
            recordStores(target);
            return new AssignNode(target, value, line);
        }
        UnboundNames names = new UnboundNames();
        FrameSymbols blockFrame = frame.inner(names);
        FilterChain filters = inFrame(blockFrame, () -> parseFilterChain(false));
        Body body = inFrame(blockFrame, () -> parseInnerStatements(List.of("endset"), true));
        recordStores(target);
        return new AssignBlockNode(target, filters, body, names, line);
    }

    private RenderableNode parseWith() {
        int line = next().line();
        List<ScopedNode.Binding> bindings = new ArrayList<>();
        UnboundNames names = new UnboundNames();
        FrameSymbols withFrame = frame.inner(names);
        while (!is(TokenType.BLOCK_END)) {
            if (!bindings.isEmpty()) {
                expect(TokenType.COMMA);
            }
            Target target = parseAssignTarget(true, false, null, false);
            expect(TokenType.ASSIGN);
            // the values are read in the enclosing frame, the targets stored in the with's own
            bindings.add(new ScopedNode.Binding(target, parseExpression(true)));
            recordingInto(withFrame.events(), () -> {
                recordStores(target);
                return null;
            });
        }
        Body body = inFrame(withFrame, () -> parseInnerStatements(List.of("endwith"), true));
        return new ScopedNode(bindings, body, names, line);
    }

    private RenderableNode parseFilterBlock() {
        int line = next().line();
        boolean saved = soft;
        soft = false;
        try {
            FilterChain filters = parseFilterChain(true);
            UnboundNames names = new UnboundNames();
            Body body = inFrame(frame.inner(names), () -> parseStatements(List.of("endfilter"), true));
            return new FilterBlockNode(filters, body, names, line);
        } finally {
            soft = saved;
        }
    }

    /** A macro or call-block signature {@code (a, b=1)}: names with defaults aligned (null where none). */
    private record Signature(List<String> names, List<Expr> defaults) {
    }

    private Signature parseSignature() {
        List<String> names = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        boolean anyDefault = false;
        expect(TokenType.LPAREN);
        while (!is(TokenType.RPAREN)) {
            if (!names.isEmpty()) {
                expect(TokenType.COMMA);
            }
            Target.Name arg = (Target.Name) parseAssignTarget(false, true, null, false);
            symbolEvents.add(new FrameSymbols.Param(arg.name()));
            if (skipIf(TokenType.ASSIGN)) {
                defaults.add(parseExpression(true));
                anyDefault = true;
            } else if (anyDefault) {
                throw fail("non-default argument follows default argument", current().line());
            } else {
                defaults.add(null);
            }
            names.add(arg.name());
        }
        expect(TokenType.RPAREN);
        return new Signature(names, defaults);
    }

    private RenderableNode parseMacro() {
        int line = next().line();
        int checkSlot = unknowns.size();
        String name = ((Target.Name) parseAssignTarget(false, true, null, false)).name();
        UnboundNames names = new UnboundNames();
        FrameSymbols macroFrame = frame.inner(names);
        Signature signature = inFrame(macroFrame, this::parseSignature);
        Set<String> used = new HashSet<>();
        nameRecorders.push(used);
        Body body;
        try {
            body = inFrame(macroFrame, () -> parseInnerStatements(List.of("endmacro"), true));
        } finally {
            nameRecorders.pop();
        }
        checkCallerParameter(signature, used, checkSlot, line);
        recordImplicitParameters(macroFrame, used);
        symbolEvents.add(new FrameSymbols.Store(name));
        return new MacroNode(name, signature.names(), signature.defaults(), used.contains("varargs"),
                used.contains("kwargs"), used.contains("caller"), body, names, line);
    }

    private RenderableNode parseCallBlock() {
        int line = next().line();
        int checkSlot = unknowns.size();
        // the caller's signature and body are its own frame; the call is read in the enclosing one
        UnboundNames names = new UnboundNames();
        FrameSymbols callerFrame = frame.inner(names);
        Signature signature = is(TokenType.LPAREN) ? inFrame(callerFrame, this::parseSignature)
                : new Signature(List.of(), List.of());
        Expr call = parseExpression(true);
        if (!(call instanceof CallExpr callExpr)) {
            throw fail("expected call", line);
        }
        Set<String> used = new HashSet<>();
        nameRecorders.push(used);
        Body body;
        try {
            body = inFrame(callerFrame, () -> parseInnerStatements(List.of("endcall"), true));
        } finally {
            nameRecorders.pop();
        }
        checkCallerParameter(signature, used, checkSlot, line);
        recordImplicitParameters(callerFrame, used);
        return new CallBlockNode(callExpr.callee(), callExpr.args(), signature.names(), signature.defaults(),
                used.contains("varargs"), used.contains("kwargs"), body, names, line);
    }

    /**
     * Jinja's {@code macro_body}: a body that uses {@code caller} while {@code caller} is also a declared parameter
     * needs that parameter to have a default (it is then an ordinary parameter a call block fills), else
     * compiling fails. Recorded where the macro starts, as Jinja compiles the macro before its body.
     */
    private void checkCallerParameter(Signature signature, Set<String> used, int checkSlot, int line) {
        int index = signature.names().indexOf("caller");
        if (index >= 0 && used.contains("caller") && signature.defaults().get(index) == null) {
            unknowns.add(checkSlot, new Unknown("When defining macros or call blocks the special \"caller\" argument"
                    + " must be omitted or be given a default.", line, false));
        }
    }

    private Target parseAssignTarget(boolean withTuple, boolean nameOnly, List<String> extraEndRules,
                                     boolean withNamespace) {
        targetDepth++;
        try {
            return parseTarget(withTuple, nameOnly, extraEndRules, withNamespace);
        } finally {
            targetDepth--;
        }
    }

    private Target parseTarget(boolean withTuple, boolean nameOnly, List<String> extraEndRules,
                               boolean withNamespace) {
        if (withNamespace) {
            return parseSetTarget();
        }
        if (nameOnly) {
            return new Target.Name(expect(TokenType.NAME).text());
        }
        int line = current().line();
        Expr expr = withTuple ? parseTuple(true, true, extraEndRules, false) : parsePrimary();
        return toTarget(expr, line);
    }

    /**
     * The target of {@code {% set %}}: Jinja's {@code parse_tuple(simplified=True, with_namespace=True)}, whose
     * items may each be a name, a namespace attribute {@code ns.attr} or a parenthesized tuple.
     */
    private Target parseSetTarget() {
        int line = current().line();
        List<Object> items = new ArrayList<>();
        boolean isTuple = false;
        while (true) {
            if (!items.isEmpty()) {
                expect(TokenType.COMMA);
            }
            if (isTupleEnd(null)) {
                break;
            }
            if (is(TokenType.NAME) && look().type() == TokenType.DOT) {
                Token name = next();
                next();
                items.add(new Target.NamespaceAttribute(name.text(), expect(TokenType.NAME).text()));
            } else {
                items.add(parsePrimary());
            }
            if (is(TokenType.COMMA)) {
                isTuple = true;
            } else {
                break;
            }
        }
        if (!isTuple) {
            if (items.isEmpty()) {
                throw fail("Expected an expression, got " + PyText.repr(current().describe()), current().line());
            }
            return items.getFirst() instanceof Target t ? t : toTarget((Expr) items.getFirst(), line);
        }
        List<Target> targets = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Target t) {
                targets.add(t);
            } else if (item instanceof NameExpr || item instanceof TupleExpr) {
                targets.add(toTarget((Expr) item, line));
            } else {
                // Jinja checks can_assign on the whole tuple and names the tuple
                throw fail("can't assign to 'tuple'", line);
            }
        }
        return new Target.Unpack(targets);
    }

    private Target toTarget(Expr expr, int line) {
        if (expr instanceof NameExpr n) {
            if (n.name().equals("loop")) {
                loopStores.add(n.getLineNumber());
            }
            return new Target.Name(n.name());
        }
        if (expr instanceof TupleExpr t) {
            List<Target> targets = new ArrayList<>();
            for (Expr item : t.items()) {
                if (!(item instanceof NameExpr || item instanceof TupleExpr)) {
                    // Jinja checks can_assign on the whole tuple and names the tuple
                    throw fail("can't assign to 'tuple'", line);
                }
                targets.add(toTarget(item, line));
            }
            return new Target.Unpack(targets);
        }
        String kind = expr instanceof ConstExpr ? "const" : expr.getClass().getSimpleName()
                .replace("Expr", "").toLowerCase(java.util.Locale.ROOT);
        throw fail("can't assign to " + PyText.repr(kind), line);
    }

    // ---- expressions ----

    private Expr parseExpression(boolean withCondexpr) {
        return withCondexpr ? parseCondexpr() : parseOr();
    }

    private Expr parseCondexpr() {
        int line = current().line();
        int mark = unknowns.size();
        Expr expr = parseOr();
        while (skipIfName("if")) {
            for (int i = mark; i < unknowns.size(); i++) {
                unknowns.get(i).soft = true;
            }
            boolean saved = soft;
            soft = true;
            try {
                Expr test = parseOr();
                Expr otherwise = skipIfName("else") ? parseCondexpr() : null;
                expr = new CondExpr(test, expr, otherwise, line);
            } finally {
                soft = saved;
            }
        }
        return expr;
    }

    private Expr parseOr() {
        int line = current().line();
        Expr left = parseAnd();
        while (skipIfName("or")) {
            left = new LogicalExpr(false, left, parseAnd(), line);
        }
        return left;
    }

    private Expr parseAnd() {
        int line = current().line();
        Expr left = parseNot();
        while (skipIfName("and")) {
            left = new LogicalExpr(true, left, parseNot(), line);
        }
        return left;
    }

    private Expr parseNot() {
        if (isName("not")) {
            int line = next().line();
            return new NotExpr(parseNot(), line);
        }
        return parseCompare();
    }

    private Expr parseCompare() {
        int line = current().line();
        Expr expr = parseMath1();
        List<CompareExpr.Step> steps = new ArrayList<>();
        while (true) {
            TokenType type = current().type();
            if (COMPARE_TOKENS.contains(type)) {
                next();
                CompareExpr.Op op = switch (type) {
                    case EQ -> CompareExpr.Op.EQ;
                    case NE -> CompareExpr.Op.NE;
                    case LT -> CompareExpr.Op.LT;
                    case LTEQ -> CompareExpr.Op.LE;
                    case GT -> CompareExpr.Op.GT;
                    default -> CompareExpr.Op.GE;
                };
                steps.add(new CompareExpr.Step(op, parseMath1()));
            } else if (skipIfName("in")) {
                steps.add(new CompareExpr.Step(CompareExpr.Op.IN, parseMath1()));
            } else if (isName("not") && look().isName("in")) {
                next();
                next();
                steps.add(new CompareExpr.Step(CompareExpr.Op.NOT_IN, parseMath1()));
            } else {
                break;
            }
        }
        return steps.isEmpty() ? expr : new CompareExpr(expr, steps, line);
    }

    private Expr parseMath1() {
        int line = current().line();
        Expr left = parseConcat();
        while (is(TokenType.ADD) || is(TokenType.SUB)) {
            ArithmeticExpr.Op op = next().type() == TokenType.ADD ? ArithmeticExpr.Op.ADD : ArithmeticExpr.Op.SUB;
            left = new ArithmeticExpr(op, left, parseConcat(), line);
        }
        return left;
    }

    private Expr parseConcat() {
        int line = current().line();
        List<Expr> parts = new ArrayList<>();
        parts.add(parseMath2());
        while (skipIf(TokenType.TILDE)) {
            parts.add(parseMath2());
        }
        return parts.size() == 1 ? parts.getFirst() : new ConcatExpr(parts, line);
    }

    private Expr parseMath2() {
        int line = current().line();
        Expr left = parsePow();
        while (true) {
            ArithmeticExpr.Op op = switch (current().type()) {
                case MUL -> ArithmeticExpr.Op.MUL;
                case DIV -> ArithmeticExpr.Op.DIV;
                case FLOORDIV -> ArithmeticExpr.Op.FLOORDIV;
                case MOD -> ArithmeticExpr.Op.MOD;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            next();
            left = new ArithmeticExpr(op, left, parsePow(), line);
        }
    }

    private Expr parsePow() {
        int line = current().line();
        Expr left = parseUnary(true);
        while (skipIf(TokenType.POW)) {
            left = new ArithmeticExpr(ArithmeticExpr.Op.POW, left, parseUnary(true), line);
        }
        return left;
    }

    private Expr parseUnary(boolean withFilter) {
        int line = current().line();
        Expr node;
        if (skipIf(TokenType.SUB)) {
            node = new SignExpr(true, parseUnary(false), line);
        } else if (skipIf(TokenType.ADD)) {
            node = new SignExpr(false, parseUnary(false), line);
        } else {
            node = parsePrimary();
        }
        node = parsePostfix(node);
        if (withFilter) {
            node = parseFilterExpr(node);
        }
        return node;
    }

    private Expr parsePrimary() {
        Token token = current();
        int line = token.line();
        switch (token.type()) {
            case NAME -> {
                next();
                return switch (token.text()) {
                    case "true", "True" -> new ConstExpr(true, line);
                    case "false", "False" -> new ConstExpr(false, line);
                    case "none", "None" -> new ConstExpr(null, line);
                    default -> {
                        for (Set<String> recorder : nameRecorders) {
                            recorder.add(token.text());
                        }
                        if (targetDepth == 0) {
                            symbolEvents.add(new FrameSymbols.Load(token.text()));
                        }
                        yield new NameExpr(token.text(), line);
                    }
                };
            }
            case STRING -> {
                next();
                StringBuilder text = new StringBuilder(token.text());
                while (is(TokenType.STRING)) {
                    text.append(next().text());
                }
                return new ConstExpr(text.toString(), line);
            }
            case INTEGER, FLOAT -> {
                next();
                return new ConstExpr(token.value(), line);
            }
            case LPAREN -> {
                next();
                Expr node = parseTuple(false, true, null, true);
                expect(TokenType.RPAREN);
                return node;
            }
            case LBRACKET -> {
                return parseList();
            }
            case LBRACE -> {
                return parseDict();
            }
            default -> throw fail("unexpected " + PyText.repr(token.describe()), line);
        }
    }

    /**
     * Jinja's {@code parse_tuple}: one expression, or several separated by commas forming a tuple.
     *
     * @param simplified only primaries (assignment targets)
     */
    private Expr parseTuple(boolean simplified, boolean withCondexpr, List<String> extraEndRules,
                            boolean explicitParentheses) {
        int line = current().line();
        List<Expr> items = new ArrayList<>();
        boolean isTuple = false;
        while (true) {
            if (!items.isEmpty()) {
                expect(TokenType.COMMA);
            }
            if (isTupleEnd(extraEndRules)) {
                break;
            }
            items.add(simplified ? parsePrimary() : parseExpression(withCondexpr));
            if (is(TokenType.COMMA)) {
                isTuple = true;
            } else {
                break;
            }
        }
        if (!isTuple) {
            if (!items.isEmpty()) {
                return items.getFirst();
            }
            if (!explicitParentheses) {
                throw fail("Expected an expression, got " + PyText.repr(current().describe()), current().line());
            }
        }
        return new TupleExpr(items, line);
    }

    private boolean isTupleEnd(List<String> extraEndRules) {
        TokenType type = current().type();
        if (type == TokenType.VARIABLE_END || type == TokenType.BLOCK_END || type == TokenType.RPAREN) {
            return true;
        }
        return extraEndRules != null && type == TokenType.NAME && extraEndRules.contains(current().text());
    }

    private Expr parseList() {
        int line = expect(TokenType.LBRACKET).line();
        List<Expr> items = new ArrayList<>();
        while (!is(TokenType.RBRACKET)) {
            if (!items.isEmpty()) {
                expect(TokenType.COMMA);
            }
            if (is(TokenType.RBRACKET)) {
                break;
            }
            items.add(parseExpression(true));
        }
        expect(TokenType.RBRACKET);
        return new ListExpr(items, line);
    }

    private Expr parseDict() {
        int line = expect(TokenType.LBRACE).line();
        List<DictExpr.Pair> pairs = new ArrayList<>();
        while (!is(TokenType.RBRACE)) {
            if (!pairs.isEmpty()) {
                expect(TokenType.COMMA);
            }
            if (is(TokenType.RBRACE)) {
                break;
            }
            Expr key = parseExpression(true);
            expect(TokenType.COLON);
            pairs.add(new DictExpr.Pair(key, parseExpression(true)));
        }
        expect(TokenType.RBRACE);
        return new DictExpr(pairs, line);
    }

    private Expr parsePostfix(Expr node) {
        Expr result = node;
        while (true) {
            if (is(TokenType.DOT) || is(TokenType.LBRACKET)) {
                result = parseSubscript(result);
            } else if (is(TokenType.LPAREN)) {
                int line = current().line();
                result = new CallExpr(result, parseCallArgs(), line);
            } else {
                return result;
            }
        }
    }

    private Expr parseFilterExpr(Expr node) {
        Expr result = node;
        while (true) {
            if (is(TokenType.PIPE)) {
                result = parseFilter(result, false);
            } else if (isName("is")) {
                result = parseTest(result);
            } else if (is(TokenType.LPAREN)) {
                int line = current().line();
                result = new CallExpr(result, parseCallArgs(), line);
            } else {
                return result;
            }
        }
    }

    private Expr parseSubscript(Expr node) {
        Token token = next();
        if (token.type() == TokenType.DOT) {
            Token attr = current();
            next();
            if (attr.type() == TokenType.NAME) {
                return new GetAttrExpr(node, attr.text(), token.line());
            }
            if (attr.type() != TokenType.INTEGER) {
                throw fail("expected name or number", attr.line());
            }
            return new GetItemExpr(node, new ConstExpr(attr.value(), attr.line()), token.line());
        }
        List<Object> args = new ArrayList<>();
        while (!is(TokenType.RBRACKET)) {
            if (!args.isEmpty()) {
                expect(TokenType.COMMA);
            }
            args.add(parseSubscribed());
        }
        expect(TokenType.RBRACKET);
        if (args.size() == 1) {
            if (args.getFirst() instanceof SliceSpec s) {
                return new SliceExpr(node, s.start(), s.stop(), s.step(), token.line());
            }
            return new GetItemExpr(node, (Expr) args.getFirst(), token.line());
        }
        List<Expr> items = new ArrayList<>();
        for (Object arg : args) {
            if (arg instanceof SliceSpec) {
                throw fail("extended slices are not supported", token.line());
            }
            items.add((Expr) arg);
        }
        return new GetItemExpr(node, new TupleExpr(items, token.line()), token.line());
    }

    private Object parseSubscribed() {
        Expr start = null;
        if (is(TokenType.COLON)) {
            next();
        } else {
            Expr node = parseExpression(true);
            if (!is(TokenType.COLON)) {
                return node;
            }
            next();
            start = node;
        }
        Expr stop = null;
        if (!is(TokenType.COLON) && !is(TokenType.RBRACKET) && !is(TokenType.COMMA)) {
            stop = parseExpression(true);
        }
        Expr step = null;
        if (skipIf(TokenType.COLON) && !is(TokenType.RBRACKET) && !is(TokenType.COMMA)) {
            step = parseExpression(true);
        }
        return new SliceSpec(start, stop, step);
    }

    private CallArgs parseCallArgs() {
        Token open = expect(TokenType.LPAREN);
        List<Expr> positional = new ArrayList<>();
        List<CallArgs.Keyword> keywords = new ArrayList<>();
        Expr starArgs = null;
        Expr starKwargs = null;
        boolean requireComma = false;
        while (!is(TokenType.RPAREN)) {
            if (requireComma) {
                expect(TokenType.COMMA);
                if (is(TokenType.RPAREN)) {
                    break;
                }
            }
            if (is(TokenType.MUL)) {
                ensure(starArgs == null && starKwargs == null, open);
                next();
                starArgs = parseExpression(true);
            } else if (is(TokenType.POW)) {
                ensure(starKwargs == null, open);
                next();
                starKwargs = parseExpression(true);
            } else if (is(TokenType.NAME) && look().type() == TokenType.ASSIGN) {
                ensure(starKwargs == null, open);
                String key = next().text();
                next();
                keywords.add(new CallArgs.Keyword(key, parseExpression(true)));
            } else {
                ensure(starArgs == null && starKwargs == null && keywords.isEmpty(), open);
                positional.add(parseExpression(true));
            }
            requireComma = true;
        }
        expect(TokenType.RPAREN);
        return new CallArgs(positional, keywords, starArgs, starKwargs);
    }

    private void ensure(boolean ok, Token at) {
        if (!ok) {
            throw fail("invalid syntax for function call expression", at.line());
        }
    }

    private String dottedName() {
        StringBuilder name = new StringBuilder(expect(TokenType.NAME).text());
        while (skipIf(TokenType.DOT)) {
            name.append('.').append(expect(TokenType.NAME).text());
        }
        return name.toString();
    }

    private Expr parseFilter(Expr node, boolean startInline) {
        Expr result = node;
        boolean inline = startInline;
        while (is(TokenType.PIPE) || inline) {
            if (!inline) {
                next();
            }
            inline = false;
            int line = current().line();
            String name = dottedName();
            CallArgs args = is(TokenType.LPAREN) ? parseCallArgs() : CallArgs.NONE;
            JinjaFilter filter = Filters.get(name);
            if (filter == null) {
                unknowns.add(new Unknown("No filter named " + PyText.repr(name) + ".", line, soft));
            }
            result = new FilterExpr(result, name, filter, args, line);
        }
        return result;
    }

    /** The filters of a filter block or block set, as a chain without an input expression. */
    private FilterChain parseFilterChain(boolean startInline) {
        List<FilterExpr> filters = new ArrayList<>();
        Expr chain = parseFilter(null, startInline);
        while (chain instanceof FilterExpr f) {
            filters.addFirst(f);
            chain = f.input();
        }
        return new FilterChain(filters);
    }

    private Expr parseTest(Expr node) {
        int line = expectName("is").line();
        boolean negated = skipIfName("not");
        String name = dottedName();
        CallArgs args = CallArgs.NONE;
        if (is(TokenType.LPAREN)) {
            args = parseCallArgs();
        } else if ((is(TokenType.NAME) || is(TokenType.STRING) || is(TokenType.INTEGER) || is(TokenType.FLOAT)
                || is(TokenType.LBRACKET) || is(TokenType.LBRACE))
                && !isName("else") && !isName("or") && !isName("and")) {
            if (isName("is")) {
                throw fail("You cannot chain multiple tests with is", current().line());
            }
            Expr arg = parsePostfix(parsePrimary());
            args = new CallArgs(List.of(arg), List.of(), null, null);
        }
        JinjaTest test = Tests.get(name);
        if (test == null) {
            unknowns.add(new Unknown("No test named " + PyText.repr(name) + ".", line, soft));
        }
        Expr result = new TestExpr(node, name, test, args, line);
        return negated ? new NotExpr(result, line) : result;
    }
}
