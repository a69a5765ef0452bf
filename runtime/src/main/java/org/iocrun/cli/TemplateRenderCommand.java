package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.JsonValues;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code iocrun template render TEMPLATE_FILE|- [--context FILE.json] [--objects-as-attributes] [--env K=V]...}:
 * renders one template exactly as ibek would and prints the text with nothing added.
 */
public final class TemplateRenderCommand implements Callable<Integer> {

    CommandSpec spec;

    String template;

    Path context;

    boolean objectsAsAttributes;

    Map<String, String> env = new LinkedHashMap<>();

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(TemplateRenderCommand c) {
        c.spec = CommandSpecs.command(c, "render",
                "Render a Jinja template the way ibek renders support YAML values and print exactly the result.",
                "The context file is a JSON object of names: numbers without '.' or exponent are ints, others floats.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(String.class, c.template, v -> c.template = v)
                .index("0").paramLabel("TEMPLATE_FILE").description("The template file, or - for standard input."));
        c.spec.addOption(CommandSpecs.option(Path.class, c.context, v -> c.context = v, "--context")
                .paramLabel("FILE.json").description("JSON object of the names the template sees.").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.objectsAsAttributes, v -> c.objectsAsAttributes = v,
                        "--objects-as-attributes")
                .description("JSON objects in the context are entity-like objects: they print as their \"__id__\" and"
                        + " expose their other keys as attributes.").build());
        c.spec.addOption(CommandSpecs.mapOption(String.class, String.class, c.env, v -> c.env = v, "--env")
                .paramLabel("K=V")
                .description("An environment variable for _global.get_env, over the process environment (repeatable).")
                .build());
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws UserError {
        Path templateFile = template.equals("-") ? null : Path.of(template);
        String source = templateFile == null ? readStdin() : read(templateFile);
        Map<String, Object> names = context == null ? Map.of() : contextNames();
        Map<String, String> overrides = new HashMap<>(env);
        GlobalStore globals = new GlobalStore(key -> overrides.containsKey(key) ? overrides.get(key) : System.getenv(key));
        String output;
        try {
            output = new JinjaEngine().render(source, names, globals);
        } catch (TemplateError e) {
            int line = Math.max(e.line(), 1);
            throw new UserError(Problem.error(new SourcePosition(templateFile, line, 1),
                    "template error (" + e.kind().name().toLowerCase(java.util.Locale.ROOT) + "): " + e.jinjaMessage()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return 0;
    }

    private Map<String, Object> contextNames() throws UserError {
        String json = read(context);
        try {
            return JsonValues.context(json, objectsAsAttributes);
        } catch (IllegalArgumentException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(context),
                    "invalid context: " + e.getMessage(), "a JSON object mapping names to values"));
        }
    }

    private static String read(Path file) throws UserError {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "no such file"));
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "cannot read file: " + e.getMessage()));
        }
    }

    private static String readStdin() throws UserError {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(null), "cannot read standard input: " + e.getMessage()));
        }
    }
}
