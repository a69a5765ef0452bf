package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.launch.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code iocrun validate}: its options, one {@link Validation} per target, a "valid" line or the problems. */
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
        Map<String, String> given = environment();
        Optional<Path> tree = Validation.supportTree(support, given);
        Validation.Request request = new Validation.Request(supportOptions.definitions, supportOptions.pviDefs, pvi,
                Validation.environment(given, tree), tree);
        Services services = Services.create();
        Validation validation = new Validation(services.yaml(), services.generator(),
                warnings -> Reporting.warnings(spec.commandLine(), warnings, common));
        List<Problem> errors = new ArrayList<>();
        for (Path target : targets) {
            try {
                out().println(target + ": valid (" + validation.validate(target, request) + ")");
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

    /** The process environment with the --env values. */
    private Map<String, String> environment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        for (String kv : env) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--env needs K=V, got '" + kv + "'");
            }
            environment.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return environment;
    }
}
