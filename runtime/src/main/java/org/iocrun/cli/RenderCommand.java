package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.launch.LocalRender;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code iocrun render}: the developer's local run of everything {@code start} does except exec, with the
 * container's paths (IOC=/epics/ioc, RUNTIME_DIR=/epics/runtime) so the output equals what the container writes.
 */
final class RenderCommand implements Callable<Integer> {

    Path target;

    Path output;

    List<String> env = new ArrayList<>();

    boolean pvi;

    boolean annotate;

    boolean force;

    final SupportOptions support = new SupportOptions();

    final CommonOptions common = new CommonOptions();

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RenderCommand c) {
        c.spec = CommandSpecs.command(c, "render",
                "Render what 'start' would generate (st.cmd, ioc.subst, ...) into a folder, without starting an IOC.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.target, v -> c.target = v)
                .index("0").paramLabel("CONFIG_DIR|INSTANCE").description("A config folder or an instance file."));
        c.support.addTo(c.spec);
        c.spec.addOption(CommandSpecs.option(Path.class, c.output, v -> c.output = v, "-o", "--output")
                .required(true).paramLabel("DIR").description("Output folder: new, empty, or one iocrun rendered into"
                        + " before; only the files iocrun wrote there are replaced.").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.force, v -> c.force = v, "--force")
                .description("Write into a folder iocrun did not render (files of the same names are replaced,"
                        + " no other file is removed).").build());
        c.spec.addOption(CommandSpecs.listOption(String.class, c.env, v -> c.env = v, "--env")
                .paramLabel("K=V").description("Set an environment variable for the render (repeatable).").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.pvi, v -> c.pvi = v, "--pvi")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Generate OPI screens and pvi templates into DIR/opi (default: on).").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.annotate, v -> c.annotate = v, "--annotate")
                .description("Put a comment above each st.cmd block naming the entity that produced it.").build());
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String kv : env) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UserError(Problem.error(SourcePosition.unknown(null), "--env needs K=V, got '" + kv + "'"));
            }
            overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        Services services = Services.create();
        PrintWriter err = spec.commandLine().getErr();
        LocalRender.Result result = new LocalRender(services.yaml(), services.generator(),
                w -> Reporting.warnings(err, w, common.quiet)).render(new LocalRender.Request(target, support.definitions,
                support.pviDefs, pvi, annotate,
                LocalRender.containerEnvironment(System.getenv(), overrides), output, force));
        if (!common.quiet) {
            err.println("iocrun: rendered " + result.files() + " files (" + result.entities()
                    + (result.entities() == 1 ? " entity" : " entities") + ") into "
                    + result.folder() + " in " + result.millis() + " ms");
            err.flush();
        }
        return 0;
    }
}
