package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One msi run: the macro table, the templates read so far and the output. Follows msi's main loop: global
 * definitions, then for each row a new scope with the row's definitions and the template expanded line by line
 * (includes and substitute commands handled as they come).
 */
final class Expansion {

    /** macExpandString is given 4095 bytes, so an expanded line keeps at most 4094. */
    static final int LINE_LIMIT = TemplateCompiler.CHUNK - 1;
    private static final int MAX_WARNINGS = 100;

    private final MsiOptions options;
    private final MacroTable table;
    private final MacroTranslator translator;
    private final OutputStream out;
    private final boolean expandText;
    private final Map<String, Template> templates = new HashMap<>();
    private final Map<String, Optional<IncludePath.Found>> found = new HashMap<>();
    /** Collects output lines (each cut at {@link #LINE_LIMIT}) before they go to {@link #out} in big writes. */
    private final BoundedBuffer output = new BoundedBuffer(Integer.MAX_VALUE, 1 << 17);
    private final ExpansionTarget target = new ExpansionTarget("string", "template line");
    private final List<Problem> warnings = new ArrayList<>();
    private final Set<String> opened = new LinkedHashSet<>();
    private int omittedWarnings;
    private boolean undefinedMacros;
    /** Names the row being expanded, for warnings. */
    private String context = "";

    /**
     * @param expandText false for msi -D, which reads templates (following includes) but writes nothing
     */
    Expansion(MsiOptions options, OutputStream out, boolean expandText) throws UserError {
        this.options = options;
        this.table = new MacroTable(!options.undefinedIsError(), null);
        this.translator = new MacroTranslator(table);
        this.out = out;
        this.expandText = expandText;
        for (String macros : options.macros()) {
            table.define(MacroDefinitionParser.parse(Latin1.fromNative(macros)));
        }
    }

    ExpansionResult result() {
        return new ExpansionResult(warnings, omittedWarnings, undefinedMacros, List.copyOf(opened));
    }

    /** msi -S: every step of the substitution file; {@code templateOverride} (msi's template argument) wins. */
    void substitutions(SubstitutionFile file, String templateOverride) throws UserError, IOException {
        file.warnings().forEach(this::warn);
        String template = null;
        SubstitutionStep.TemplateSet set = null;
        for (SubstitutionStep step : file.steps()) {
            switch (step) {
                case SubstitutionStep.Globals g -> table.define(MacroDefinitionParser.parse(g.definitions()));
                case SubstitutionStep.TemplateSet s -> {
                    set = s;
                    template = templateOverride != null ? Latin1.fromNative(templateOverride) : s.templateName();
                    if (template == null) {
                        throw new UserError(noTemplate(s));
                    }
                }
                case SubstitutionStep.Row row -> {
                    context = "row " + (row.rowIndex() + 1) + " at " + row.position();
                    if (!options.globalScope()) {
                        table.pushScope();
                    }
                    table.define(MacroDefinitionParser.parse(row.definitions()));
                    expand(template, set.position(), "template of " + context);
                    if (!options.globalScope()) {
                        table.popScope();
                    }
                }
                case SubstitutionStep.Failure failure -> throw new UserError(failure.problem());
            }
        }
    }

    /** msi without -S: one template (null: standard input) with the -M macros. */
    void template(String name, Supplier<InputStream> stdin) throws UserError, IOException {
        if (name != null) {
            expand(Latin1.fromNative(name), SourcePosition.unknown(Path.of(name)), "template");
            return;
        }
        byte[] content;
        try (InputStream in = stdin.get()) {
            content = in.readAllBytes();
        }
        Template standardInput = new Template("stdin", Path.of("<stdin>"), TemplateCompiler.compile(content));
        opened.add("stdin");
        run(standardInput);
    }

    private void expand(String name, SourcePosition from, String what) throws UserError, IOException {
        run(open(name, from, what));
    }

    private void run(Template first) throws UserError, IOException {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(first));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            TemplateLine[] lines = frame.template.lines();
            if (frame.next == lines.length) {
                stack.pop();
                continue;
            }
            TemplateLine next = lines[frame.next++];
            switch (next) {
                case TemplateLine.Text text -> {
                    if (expandText) {
                        write(text, frame.template);
                    }
                }
                case TemplateLine.Include include -> {
                    SourcePosition at = position(frame.template, include, 1);
                    Template included = open(include.fileName(), at, "included file");
                    for (Frame f : stack) {
                        if (f.template.name().equals(included.name())) {
                            throw new UserError(Problem.error(at, "include cycle: "
                                    + Latin1.toNative(included.name()) + " is already being read",
                                    "msi would include it again and again until it runs out of file handles"));
                        }
                    }
                    stack.push(new Frame(included));
                }
                case TemplateLine.Substitute substitute ->
                        table.define(MacroDefinitionParser.parse(substitute.definitions()));
            }
        }
    }

    /** Writes what is buffered to the output stream (also after a failure, as msi's stdout is flushed on exit). */
    void flush() throws IOException {
        out.write(output.data(), 0, output.length());
        output.clear();
        out.flush();
    }

    private void write(TemplateLine.Text text, Template template) throws IOException {
        byte[] c = text.text();
        if (output.room() < LINE_LIMIT) {
            out.write(output.data(), 0, output.length());
            output.clear();
        }
        output.window(LINE_LIMIT);
        BoundedBuffer line = output;
        if (text.isLiteral()) {
            line.put(c, 0, text.length());
            return;
        }
        target.reset();
        target.columnBase = text.columnOffset();
        if (text.needsTranslation()) {
            translator.expandString(c, target, line);
        } else {
            table.beginRound();
            int[] starts = text.refStart();
            int[] ends = text.refEnd();
            String[] names = text.refName();
            byte[][] defaults = text.refDefault();
            int pos = 0;
            for (int i = 0; i < starts.length; i++) {
                line.put(c, pos, starts[i]);
                target.column = text.columnOffset() + starts[i] + 1;
                translator.referSimple(names[i], defaults[i], target, line);
                pos = ends[i] + 1;
            }
            line.put(c, pos, text.length());
        }
        if (target.error) {
            undefinedMacros = true;
            for (ExpansionTarget.BadReference bad : target.badReferences()) {
                warn(new Problem(Problem.Severity.WARNING,
                        new SourcePosition(template.path(), text.line(), bad.column()),
                        "macro " + Latin1.toNative(bad.name()) + (bad.recursive() ? " is recursive" : " is undefined"),
                        "left as $(" + Latin1.toNative(bad.name()) + ") in the output"
                                + (context.isEmpty() ? "" : "; expanding " + context)));
            }
        }
    }

    private Template open(String name, SourcePosition from, String what) throws UserError, IOException {
        String nativeName = Latin1.toNative(name);
        Optional<IncludePath.Found> file = found.computeIfAbsent(name,
                n -> options.includePath().find(nativeName, options.workingDirectory()));
        if (file.isEmpty()) {
            throw new UserError(Problem.error(from, "cannot find " + what + " '" + nativeName + "'",
                    options.includePath().describeSearch(nativeName)));
        }
        String msiName = file.get().name();
        opened.add(msiName);
        Template template = templates.get(msiName);
        if (template == null) {
            Path path = file.get().path();
            byte[] content;
            try {
                content = Files.isDirectory(path) ? new byte[0] : Files.readAllBytes(path);
            } catch (IOException | UncheckedIOException e) {
                throw new UserError(Problem.error(from, "cannot read " + what + " " + path + ": " + e.getMessage()));
            }
            template = new Template(Latin1.fromNative(msiName), Path.of(msiName), TemplateCompiler.compile(content));
            templates.put(msiName, template);
        }
        return template;
    }

    private static SourcePosition position(Template template, TemplateLine line, int column) {
        return new SourcePosition(template.path(), line.line(), line.columnOffset() + column);
    }

    private static Problem noTemplate(SubstitutionStep.TemplateSet set) {
        if (set.written() != null) {
            return Problem.error(set.position(), "template file name " + Latin1.toNative(set.written())
                    + " uses an environment variable that is not set");
        }
        return Problem.error(set.position(), "no template file for these rows",
                "put them in a 'file name { ... }' block or give msi a template");
    }

    private void warn(Problem problem) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(problem);
        } else {
            omittedWarnings++;
        }
    }

    private static final class Frame {
        final Template template;
        int next;

        Frame(Template template) {
            this.template = template;
        }
    }
}
