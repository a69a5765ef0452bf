package org.iocrun.cli;

import org.iocrun.launch.GenerationInputs;
import org.iocrun.launch.IbekGenerate;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code iocrun runtime generate INSTANCE DEFINITION...}: ibek's classic generator. */
final class RuntimeGenerateCommand implements Callable<Integer> {

    Path instance;

    List<Path> definitions;

    final GenerateOptions generate = new GenerateOptions();

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RuntimeGenerateCommand c) {
        c.spec = CommandSpecs.command(c, "generate",
                "Generate st.cmd and ioc.subst from one instance file and the given support definitions.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.instance, v -> c.instance = v)
                .index("0").paramLabel("INSTANCE").description("The instance YAML file."));
        CommandSpecs.addPositional(c.spec, CommandSpecs.listPositional(Path.class, c.definitions, v -> c.definitions = v)
                .index("1..*").arity("1..*").paramLabel("DEFINITION")
                .description("Support definition files (*.ibek.support.yaml), in load order."));
        c.generate.addTo(c.spec);
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws Exception {
        Services services = Services.create();
        PrintWriter err = spec.commandLine().getErr();
        new IbekGenerate(services.yaml(), services.generator(), w -> Reporting.warnings(err, w, common.quiet))
                .run(new GenerationInputs(List.of(instance), definitions, null), System.getenv(), generate.pvi,
                        generate.destination());
        return 0;
    }
}
