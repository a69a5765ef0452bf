package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code iocrun render}: the developer's local run of everything {@code start} does except exec, with the
 * container's paths (IOC=/epics/ioc, RUNTIME_DIR=/epics/runtime) so the output equals what the container writes.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render what 'start' would generate (st.cmd, ioc.subst, ...) into a folder, without starting an IOC.")
final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG_DIR|INSTANCE", description = "A config folder or an instance file.")
    Path target;

    @Option(names = "--definitions", paramLabel = "FILE", description = "Support definitions (repeatable).")
    List<Path> definitions = new ArrayList<>();

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Output folder; its contents are replaced.")
    Path output;

    @Option(names = "--env", paramLabel = "K=V", description = "Set an environment variable for the render (repeatable).")
    List<String> env = new ArrayList<>();

    @Option(names = "--annotate", description = "Put a comment above each st.cmd block naming the entity that produced it.")
    boolean annotate;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put("IOC", "/epics/ioc");
        environment.put("RUNTIME_DIR", "/epics/runtime");
        for (String kv : env) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UserError(Problem.error(SourcePosition.unknown(null), "--env needs K=V, got '" + kv + "'"));
            }
            environment.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        EpicsPaths paths = EpicsPaths.from(environment);
        GenerationInputs inputs = GenerationInputs.resolve(target, List.of(), definitions, paths);
        Services services = Services.create();
        GeneratedFiles generated = services.generator().generate(
                new GenerationRequest(inputs.instanceFiles(), inputs.loadTypes(services.yaml()), environment, annotate,
                        Optional.of(new PviSettings(paths.pviDefs(), inputs.configDir() != null ? inputs.configDir() : paths.configDir()))));
        Reporting.warnings(spec.commandLine().getErr(), generated.warnings(), common.quiet);
        Map<String, byte[]> files = GeneratedOutput.files(generated);
        GeneratedOutput.opiFiles(generated).forEach((name, bytes) -> files.put("opi/" + name, bytes));
        GeneratedOutput.write(output, files);
        return 0;
    }
}
