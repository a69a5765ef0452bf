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
import picocli.CommandLine.Model.CommandSpec;

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
final class RenderCommand implements Callable<Integer> {

    Path target;

    List<Path> definitions = new ArrayList<>();

    Path output;

    List<String> env = new ArrayList<>();

    Path pviDefs;

    boolean pvi;

    boolean annotate;

    final CommonOptions common = new CommonOptions();

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RenderCommand c) {
        c.spec = CommandSpecs.command(c, "render",
                "Render what 'start' would generate (st.cmd, ioc.subst, ...) into a folder, without starting an IOC.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.target, v -> c.target = v)
                .index("0").paramLabel("CONFIG_DIR|INSTANCE").description("A config folder or an instance file."));
        c.spec.addOption(CommandSpecs.listOption(Path.class, c.definitions, v -> c.definitions = v, "--definitions")
                .paramLabel("FILE").description("Support definitions (repeatable).").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.output, v -> c.output = v, "-o", "--output")
                .required(true).paramLabel("DIR").description("Output folder; its contents are replaced.").build());
        c.spec.addOption(CommandSpecs.listOption(String.class, c.env, v -> c.env = v, "--env")
                .paramLabel("K=V").description("Set an environment variable for the render (repeatable).").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.pviDefs, v -> c.pviDefs = v, "--pvi-defs")
                .paramLabel("DIR").description("Folder of *.pvi.device.yaml files (default: $EPICS_ROOT/pvi-defs).")
                .build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.pvi, v -> c.pvi = v, "--pvi")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Generate OPI screens and pvi templates into DIR/opi (default: on).").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.annotate, v -> c.annotate = v, "--annotate")
                .description("Put a comment above each st.cmd block naming the entity that produced it.").build());
        c.common.addTo(c.spec);
        c.common.addFormatTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

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

    CommandSpec spec;

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
        Reporting.warnings(spec.commandLine(), generated.warnings(), common);
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
