package org.iocrun.cli;

import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.PviSettings;
import org.iocrun.loading.Definitions;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.model.EntityTypes;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code iocrun runtime generate INSTANCE DEFINITION...}: ibek's classic generator. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate st.cmd and ioc.subst from one instance file and the given support definitions.")
final class RuntimeGenerateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "INSTANCE", description = "The instance YAML file.")
    Path instance;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DEFINITION",
            description = "Support definition files (*.ibek.support.yaml), in load order.")
    List<Path> definitions;

    @CommandLine.Mixin
    GenerateOptions generate;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        EpicsPaths paths = EpicsPaths.from(env);
        Services services = Services.create();
        EntityTypes types = Definitions.load(services.yaml(), definitions);
        GeneratedFiles generated = services.generator().generate(new GenerationRequest(List.of(instance), types, env, false,
                generate.pvi ? Optional.of(new PviSettings(paths.pviDefs(), paths.configDir())) : Optional.empty()));
        Reporting.warnings(spec.commandLine().getErr(), generated.warnings(), common.quiet);
        GeneratedOutput.write(generate.output != null ? generate.output : paths.runtimeDir(), GeneratedOutput.files(generated));
        if (generate.pvi) {
            GeneratedOutput.write(paths.opiDir(), GeneratedOutput.opiFiles(generated));
        }
        return 0;
    }
}
