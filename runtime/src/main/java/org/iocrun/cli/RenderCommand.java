package org.iocrun.cli;

import org.iocrun.launch.LocalRender;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code iocrun render}: the developer's local run of everything {@code start} does except exec, with the
 * container's paths (IOC=/epics/ioc, RUNTIME_DIR=/epics/runtime) so the output equals what the container writes.
 */
final class RenderCommand implements Callable<Integer> {

    Path target;

    Path output;

    boolean force;

    final RenderOptions render = new RenderOptions();

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RenderCommand c) {
        c.spec = CommandSpecs.command(c, "render",
                "Render what 'start' would generate (st.cmd, ioc.subst, ...) into a folder, without starting an IOC.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.target, v -> c.target = v)
                .index("0").paramLabel("CONFIG_DIR|INSTANCE").description("A config folder or an instance file."));
        c.spec.addOption(CommandSpecs.option(Path.class, c.output, v -> c.output = v, "-o", "--output")
                .required(true).paramLabel("DIR").description("Output folder: new, empty, or one iocrun rendered into"
                        + " before; only the files iocrun wrote there are replaced.").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.force, v -> c.force = v, "--force")
                .description("Write into a folder iocrun did not render (files of the same names are replaced,"
                        + " no other file is removed).").build());
        c.render.addTo(c.spec);
        c.common.addTo(c.spec);
        c.common.addFormatTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws Exception {
        Services services = Services.create();
        PrintWriter err = spec.commandLine().getErr();
        LocalRender.Result result = new LocalRender(services.yaml(), services.generator(),
                w -> Reporting.warnings(spec.commandLine(), w, common)).render(render.request(target, output, force));
        if (!common.quiet) {
            err.println("iocrun: rendered " + result.files() + " files (" + result.entities()
                    + (result.entities() == 1 ? " entity" : " entities") + ") into "
                    + result.folder() + " in " + result.millis() + " ms");
            err.flush();
        }
        return 0;
    }
}
