package org.iocrun.cli;

import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.PviSettings;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.loading.GenerationInputs;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code iocrun validate}: checks config folders or instance files against their support definitions and
 * reports every problem with file, line and column. It runs the whole generation in memory, so template errors,
 * duplicate ids and bad references are found too, without writing anything.
 */
final class ValidateCommand implements Callable<Integer> {

    List<Path> targets;

    final SupportOptions support = new SupportOptions();

    Path schema;

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(ValidateCommand c) {
        c.spec = CommandSpecs.command(c, "validate",
                "Validate IOC instances: every error with file:line:column. Exit 0 valid, 1 invalid, 2 usage.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.listPositional(Path.class, c.targets, v -> c.targets = v)
                .arity("1..*").paramLabel("CONFIG_DIR|INSTANCE")
                .description("Config folders (ioc.yaml, runtime.yaml) or instance files; each is checked on its own."));
        c.support.addTo(c.spec);
        c.spec.addOption(CommandSpecs.option(Path.class, c.schema, v -> c.schema = v, "--schema").paramLabel("FILE")
                .description("Check the instances against this JSON schema file (e.g. a published "
                        + "ibek.ioc.schema.json) instead of support definitions.").build());
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() {
        if (schema != null) {
            return SchemaValidation.run(schema, targets, spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        Map<String, String> env = System.getenv();
        EpicsPaths paths = EpicsPaths.from(env);
        Services services = Services.create();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> errors = new ArrayList<>();
        for (Path target : targets) {
            try {
                GenerationInputs inputs = GenerationInputs.resolve(target, List.of(), support.definitions, paths);
                // the screens are checked when their folders are named: an image's pvi-defs is not on a laptop
                Optional<PviSettings> pvi = support.pviDefs.isEmpty() ? Optional.empty() : Optional.of(new PviSettings(
                        support.pviDefs, inputs.configDir() != null ? inputs.configDir() : paths.configDir()));
                GeneratedFiles generated = services.generator().generate(
                        new GenerationRequest(inputs.instanceFiles(), inputs.loadTypes(services.yaml()), env, false, pvi));
                Reporting.warnings(err, generated.warnings(), common.quiet);
                long count = generated.entities().size();
                out.println(target + ": valid (" + count + " entit" + (count == 1 ? "y" : "ies") + ")");
            } catch (UserError e) {
                errors.addAll(e.problems());
            }
        }
        out.flush();
        if (!errors.isEmpty()) {
            new ProblemPrinter(err).print(errors);
            err.flush();
            return 1;
        }
        return 0;
    }
}
