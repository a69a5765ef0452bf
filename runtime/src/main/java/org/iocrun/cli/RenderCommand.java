package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.PviSettings;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.outputs.StagedDirectory;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MissingTemplate;
import org.iocrun.substitution.MsiOptions;
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

    @Option(names = "--pvi-defs", paramLabel = "DIR",
            description = "Folder of *.pvi.device.yaml files (default: $EPICS_ROOT/pvi-defs).")
    Path pviDefs;

    @Option(names = "--pvi", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Generate OPI screens and pvi templates into DIR/opi (default: on).")
    boolean pvi;

    @Option(names = "--annotate", description = "Put a comment above each st.cmd block naming the entity that produced it.")
    boolean annotate;

    @CommandLine.Mixin
    CommonOptions common;

    /**
     * Expands ioc.db as start would when every template is on start's include path (config folder,
     * $SUPPORT/*{@literal /}db, the output); on a developer machine without the support tree it says which are
     * missing and leaves ioc.db out rather than failing the render.
     */
    private void expandDatabase(StagedDirectory staged, Path configDir, EpicsPaths paths, Map<String, String> environment)
            throws UserError, java.io.IOException {
        Path subst = staged.path().resolve("ioc.subst");
        IncludePath includes = IncludePath.forIoc(configDir.toAbsolutePath(), paths.support().toAbsolutePath(), staged.path());
        List<MissingTemplate> missing = DbExpander.findMissingTemplates(subst,
                includes.directories().stream().map(Path::of).toList(), environment);
        if (!missing.isEmpty()) {
            if (!common.quiet) {
                spec.commandLine().getErr().println("iocrun: ioc.db not expanded: " + missing.size()
                        + " templates not found under " + paths.support() + " (e.g. " + missing.getFirst().fileName()
                        + "); set SUPPORT or EPICS_ROOT to the image's support tree");
            }
            return;
        }
        new DbExpander(MsiOptions.defaults().withIncludePath(includes).withEnvironment(environment)
                .withWorkingDirectory(staged.path())).expandToFile(subst, staged.path().resolve("ioc.db"));
    }

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
                        pvi ? Optional.of(new PviSettings(pviDefs != null ? pviDefs : paths.pviDefs(),
                                inputs.configDir() != null ? inputs.configDir() : paths.configDir())) : Optional.empty()));
        Reporting.warnings(spec.commandLine().getErr(), generated.warnings(), common.quiet);
        Map<String, byte[]> files = GeneratedOutput.files(generated);
        GeneratedOutput.opiFiles(generated).forEach((name, bytes) -> files.put("opi/" + name, bytes));
        try (StagedDirectory staged = StagedDirectory.open(output)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                staged.write(f.getKey(), f.getValue());
            }
            expandDatabase(staged, inputs.configDir() != null ? inputs.configDir() : paths.configDir(), paths, environment);
            staged.commit();
        }
        return 0;
    }
}
