package org.iocrun.cli;

import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.PviSettings;
import org.iocrun.loading.EpicsPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code iocrun runtime generate2 [CONFIG_DIR]}: generation from a config folder, as ibek's generate2. */
@Command(name = "generate2", mixinStandardHelpOptions = true,
        description = "Generate st.cmd and ioc.subst from a config folder (ioc.yaml, runtime.yaml) and/or instance files.")
final class RuntimeGenerate2Command implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CONFIG_DIR",
            description = "The instance's config folder: ioc.yaml, then runtime.yaml, and any *.ibek.support.yaml.")
    Path configDir;

    @Option(names = {"-i", "--instance"}, paramLabel = "FILE", description = "Extra instance files (repeatable).")
    List<Path> instances = new ArrayList<>();

    @Option(names = "--definitions", paramLabel = "FILE",
            description = "Support definitions (repeatable; default: $EPICS_ROOT/ibek-defs/**/*ibek.support.yaml "
                    + "plus the config folder's).")
    List<Path> definitions = new ArrayList<>();

    @CommandLine.Mixin
    GenerateOptions generate;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (configDir == null && instances.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Either instance folder or instance files must be provided.");
        }
        Map<String, String> env = System.getenv();
        EpicsPaths paths = EpicsPaths.from(env);
        GenerationInputs inputs = GenerationInputs.resolve(configDir, instances, definitions, paths);
        Services services = Services.create();
        GeneratedFiles generated = services.generator().generate(
                new GenerationRequest(inputs.instanceFiles(), inputs.loadTypes(services.yaml()), env, false,
                generate.pvi ? Optional.of(new PviSettings(paths.pviDefs(), paths.configDir())) : Optional.empty()));
        Reporting.warnings(spec.commandLine().getErr(), generated.warnings(), common.quiet);
        GeneratedOutput.write(generate.output != null ? generate.output : paths.runtimeDir(), GeneratedOutput.files(generated));
        if (generate.pvi) {
            GeneratedOutput.write(paths.opiDir(), GeneratedOutput.opiFiles(generated));
        }
        return 0;
    }
}
