package org.iocrun.cli;

import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.DatabaseTemplates;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.PviSettings;
import org.iocrun.launch.ConfigFolder;
import org.iocrun.launch.EpicsPaths;
import org.iocrun.launch.GenerationInputs;
import org.iocrun.launch.ReleaseShell;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MissingTemplate;
import org.iocrun.substitution.MsiOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code iocrun validate}: everything generation checks, without writing. It runs the same generation as start and
 * render, in memory (templates render, ids resolve, pvi device files exist), and, given the support tree, checks that
 * every database template of ioc.subst is on start's include path. A config folder with start.sh or a hand-written
 * st.cmd is valid when start would accept it.
 */
final class ValidateCommand implements Callable<Integer> {

    List<Path> targets;

    Path schema;

    List<String> env = new ArrayList<>();

    boolean pvi = true;

    final SupportOptions supportOptions = new SupportOptions();

    Path support;

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(ValidateCommand c) {
        c.spec = CommandSpecs.command(c, "validate",
                "Validate IOC instances: everything generation checks, without writing. Every error with "
                        + "file:line:column. Exit 0 valid, 1 invalid, 2 usage (a missing path included).");
        CommandSpecs.addPositional(c.spec, CommandSpecs.listPositional(Path.class, c.targets, v -> c.targets = v)
                .arity("1..*").paramLabel("CONFIG_DIR|INSTANCE")
                .description("Config folders (ioc.yaml, runtime.yaml; or start.sh, or a hand-written st.cmd) or "
                        + "instance files; each is checked on its own."));
        c.supportOptions.addTo(c.spec);
        c.spec.addOption(CommandSpecs.option(boolean.class, c.pvi, v -> c.pvi = v, "--pvi")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Check the pvi device files as OPI generation reads them (default: on).").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.support, v -> c.support = v, "--support")
                .paramLabel("DIR").description("The image's support tree: every database template of ioc.subst must "
                        + "be in the config folder or a DIR/*/db folder, as start requires (default: $SUPPORT when set; "
                        + "without either, templates are not checked).").build());
        c.spec.addOption(CommandSpecs.listOption(String.class, c.env, v -> c.env = v, "--env")
                .paramLabel("K=V").description("Set an environment variable for the check (repeatable).").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.schema, v -> c.schema = v, "--schema").paramLabel("FILE")
                .description("Check the instances against this JSON schema file (e.g. a published "
                        + "ibek.ioc.schema.json) instead of support definitions.").build());
        c.common.addTo(c.spec);
        c.common.addFormatTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws UserError {
        for (Path target : targets) {
            if (!Files.exists(target)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "no such config folder or instance file: " + target);
            }
        }
        if (schema != null) {
            return SchemaValidation.run(schema, targets, out(), spec.commandLine(), common.format);
        }
        Map<String, String> environment = environment();
        EpicsPaths paths = EpicsPaths.from(environment);
        Services services = Services.create();
        List<Problem> errors = new ArrayList<>();
        for (Path target : targets) {
            try {
                String verdict = validate(target, environment, paths, services);
                out().println(target + ": valid (" + verdict + ")");
            } catch (UserError e) {
                errors.addAll(e.problems());
            }
        }
        out().flush();
        if (!errors.isEmpty()) {
            Reporting.problems(spec.commandLine(), errors, common.format);
            return 1;
        }
        return 0;
    }

    /** Where "valid" lines go: stdout, or nowhere when stdout carries json lines for a program. */
    private PrintWriter out() {
        return common.format == org.iocrun.diagnostics.ProblemFormat.JSON
                ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut();
    }

    /** The process environment, the --env values, and the support tree's RELEASE.shell exports (as start has). */
    private Map<String, String> environment() throws UserError {
        Map<String, String> environment = new HashMap<>(System.getenv());
        for (String kv : env) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--env needs K=V, got '" + kv + "'");
            }
            environment.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        supportTree(environment).ifPresent(tree -> {
            try {
                ReleaseShell.read(tree.resolve("configure/RELEASE.shell")).forEach(environment::putIfAbsent);
            } catch (IOException e) {
                // start reads the same file and reports it; here a missing or unreadable one only leaves names unset
            }
        });
        return environment;
    }

    /** --support, else $SUPPORT when set. */
    private Optional<Path> supportTree(Map<String, String> environment) {
        if (support != null) {
            return Optional.of(support);
        }
        String fromEnvironment = environment.get("SUPPORT");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? Optional.empty() : Optional.of(Path.of(fromEnvironment));
    }

    /** Checks one target as start would take it; what was checked, for the "valid" line. */
    private String validate(Path target, Map<String, String> environment, EpicsPaths paths, Services services)
            throws UserError {
        if (Files.isDirectory(target)) {
            switch (ConfigFolder.classify(target)) {
                case START_SCRIPT -> {
                    return "start.sh, which start runs as it is";
                }
                case HAND_WRITTEN -> {
                    return handWritten(target, environment);
                }
                case NOTHING -> throw new UserError(Problem.error(SourcePosition.unknown(target),
                        "the config folder holds no IOC instance: none of start.sh, ioc.yaml or st.cmd",
                        "a config folder holds ioc.yaml (ibek instance), st.cmd (+ ioc.subst/ioc.db), or start.sh"));
                case IOC_YAML -> {
                }
            }
        }
        GenerationInputs inputs = GenerationInputs.resolve(target, List.of(), supportOptions.definitions, paths);
        Path configDir = inputs.configDir() != null ? inputs.configDir() : target.toAbsolutePath().getParent();
        GeneratedFiles generated = services.generator().generate(new GenerationRequest(inputs.instanceFiles(),
                inputs.loadTypes(services.yaml()), environment, false,
                pvi ? Optional.of(new PviSettings(supportOptions.pviDefs.isEmpty() ? List.of(paths.pviDefs())
                        : supportOptions.pviDefs, configDir))
                        : Optional.empty()));
        Reporting.warnings(spec.commandLine(), generated.warnings(), common);
        Optional<Path> tree = supportTree(environment);
        if (tree.isPresent()) {
            List<Problem> missing = DatabaseTemplates.missing(generated, configDir, tree.get(), environment);
            if (!missing.isEmpty()) {
                throw new UserError(missing);
            }
        }
        long count = generated.entities().size();
        return count + " entit" + (count == 1 ? "y" : "ies") + (tree.isPresent() ? ", database templates found" : "");
    }

    /** A hand-written st.cmd: start copies it; its ioc.subst's templates must be on the include path. */
    private String handWritten(Path configDir, Map<String, String> environment) throws UserError {
        Path subst = configDir.resolve("ioc.subst");
        Optional<Path> tree = supportTree(environment);
        if (!Files.isRegularFile(subst) || tree.isEmpty()) {
            return "hand-written st.cmd, which start copies as it is";
        }
        try {
            IncludePath includes = IncludePath.forIoc(configDir.toAbsolutePath(), tree.get().toAbsolutePath(),
                    configDir.toAbsolutePath());
            List<MissingTemplate> missing = new DbExpander(MsiOptions.defaults().withIncludePath(includes)
                    .withEnvironment(environment)).findMissingTemplates(subst);
            if (!missing.isEmpty()) {
                throw new UserError(missing.stream().map(m -> Problem.error(m.position(),
                        "database template '" + m.fileName() + "' is not on the include path", m.searched())).toList());
            }
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(subst),
                    "cannot check the database templates: " + FileProblems.reason(e)));
        }
        return "hand-written st.cmd, database templates found";
    }
}
