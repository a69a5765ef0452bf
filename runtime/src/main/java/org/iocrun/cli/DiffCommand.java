package org.iocrun.cli;

import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.launch.LocalRender;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code iocrun diff CONFIG_DIR --against DIR}: what an image bump or an instance edit changes in the IOC's runtime
 * files. Renders into a temporary folder, as {@code render} does, and prints a unified diff from DIR (a previous
 * render, or a copy of a running IOC's /epics/runtime) to the render. Exit 0 same, 1 different, 2 usage or a
 * render that failed (as diff(1): 2 is trouble).
 */
final class DiffCommand implements Callable<Integer> {

    static final int SAME = 0;
    static final int DIFFERENT = 1;
    static final int TROUBLE = 2;

    Path target;

    Path against;

    final RenderOptions render = new RenderOptions();

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(DiffCommand c) {
        c.spec = CommandSpecs.command(c, "diff",
                "Render into a temporary folder and print a unified diff from DIR to it. Exit 0 same, 1 different,"
                        + " 2 usage or a failed render.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.target, v -> c.target = v)
                .index("0").paramLabel("CONFIG_DIR|INSTANCE").description("A config folder or an instance file."));
        c.spec.addOption(CommandSpecs.option(Path.class, c.against, v -> c.against = v, "--against")
                .required(true).paramLabel("DIR").description("The folder to compare with (a/ in the diff): a previous"
                        + " render, or a copy of a running IOC's /epics/runtime (then screens are not compared).").build());
        c.render.addTo(c.spec);
        c.common.addTo(c.spec);
        c.spec.exitCodeOnInvalidInput(TROUBLE);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Services services = Services.create();
        List<String> diff;
        try {
            diff = new LocalRender(services.yaml(), services.generator(), w -> Reporting.warnings(err, w, common.quiet))
                    .diffAgainst(render.request(target, null, false), against);
        } catch (UserError e) {
            new ProblemPrinter(err).print(e.problems());
            err.flush();
            return TROUBLE;
        } catch (IOException e) {
            new ProblemPrinter(err).print(List.of(FileProblems.of(e).orElse(Problem.error(SourcePosition.unknown(against),
                    "cannot compare: " + FileProblems.reason(e)))));
            err.flush();
            return TROUBLE;
        }
        PrintWriter out = spec.commandLine().getOut();
        diff.forEach(out::println);
        out.flush();
        return diff.isEmpty() ? SAME : DIFFERENT;
    }
}
