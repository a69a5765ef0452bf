package org.iocrun.cli;

import org.iocrun.launch.EpicsPaths;
import org.iocrun.launch.GenerationInputs;
import org.iocrun.launch.IbekGenerate;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code iocrun runtime generate2 [CONFIG_DIR]}: generation from a config folder, as ibek's generate2. */
final class RuntimeGenerate2Command implements Callable<Integer> {

    Path configDir;

    List<Path> instances = new ArrayList<>();

    final SupportOptions support = new SupportOptions();

    final GenerateOptions generate = new GenerateOptions();

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RuntimeGenerate2Command c) {
        c.spec = CommandSpecs.command(c, "generate2",
                "Generate st.cmd and ioc.subst from a config folder (ioc.yaml, runtime.yaml) and/or instance files.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.configDir, v -> c.configDir = v)
                .index("0").arity("0..1").paramLabel("CONFIG_DIR")
                .description("The instance's config folder: ioc.yaml, then runtime.yaml, and any *.ibek.support.yaml."));
        c.spec.addOption(CommandSpecs.listOption(Path.class, c.instances, v -> c.instances = v, "-i", "--instance")
                .paramLabel("FILE").description("Extra instance files (repeatable).").build());
        c.support.addDefinitionsTo(c.spec);
        c.generate.addTo(c.spec);
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws Exception {
        if (configDir == null && instances.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Either instance folder or instance files must be provided.");
        }
        Map<String, String> env = System.getenv();
        GenerationInputs inputs = GenerationInputs.resolve(configDir, instances, support.definitions, EpicsPaths.from(env));
        Services services = Services.create();
        PrintWriter err = spec.commandLine().getErr();
        new IbekGenerate(services.yaml(), services.generator(), w -> Reporting.warnings(err, w, common.quiet))
                .run(inputs, env, generate.pvi, generate.destination());
        return 0;
    }
}
