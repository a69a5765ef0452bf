package org.iocrun.cli;

import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.PviSettings;
import org.iocrun.launch.IbekGenerate;
import org.iocrun.loading.Definitions;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.model.EntityTypes;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        Map<String, String> env = System.getenv();
        EpicsPaths paths = EpicsPaths.from(env);
        IbekGenerate.Destination destination = generate.destination(List.of(instance.toAbsolutePath().getParent()));
        IbekGenerate.check(destination);
        Services services = Services.create();
        EntityTypes types = Definitions.load(services.yaml(), definitions);
        GeneratedFiles generated = services.generator().generate(new GenerationRequest(List.of(instance), types, env, false,
                generate.pvi ? Optional.of(new PviSettings(paths.pviDefs(), paths.configDir())) : Optional.empty()));
        Reporting.warnings(spec.commandLine().getErr(), generated.warnings(), common.quiet);
        IbekGenerate.write(generated, destination, paths, w -> Reporting.warnings(spec.commandLine().getErr(), w, common.quiet));
        return 0;
    }
}
