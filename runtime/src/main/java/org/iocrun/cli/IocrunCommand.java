package org.iocrun.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** The root of the command tree: ibek's command names for drop-in use plus iocrun's own commands. */
public final class IocrunCommand implements Runnable {

    /** How to model a command, and the commands below it by name in the order help lists them. */
    record CommandNode(Supplier<CommandSpec> spec, Map<String, CommandNode> children) {
        static <T> CommandNode leaf(Supplier<T> command, Function<T, CommandSpec> spec) {
            return group(command, spec);
        }

        static <T> CommandNode group(Supplier<T> command, Function<T, CommandSpec> spec, Object... nameNodePairs) {
            Map<String, CommandNode> children = new LinkedHashMap<>();
            for (int i = 0; i < nameNodePairs.length; i += 2) {
                children.put((String) nameNodePairs[i], (CommandNode) nameNodePairs[i + 1]);
            }
            return new CommandNode(() -> spec.apply(command.get()), Collections.unmodifiableMap(children));
        }
    }

    /**
     * The command tree, {@code iocrun} at its root. Names are written here as well as in each command's spec, so
     * that a run models only the commands it names ({@link #commandLineFor}; CommandLineForTest checks that the
     * names match). picocli's own {@code help} and {@code generate-completion} keep their annotations: they are
     * modelled by reflection, but only in a run that names them or names no command (the root's help lists them).
     */
    static final CommandNode COMMANDS = CommandNode.group(IocrunCommand::new, IocrunCommand::spec,
            "help", CommandNode.leaf(CommandLine.HelpCommand::new, CommandSpec::forAnnotatedObject),
            "generate-completion",
            CommandNode.leaf(AutoComplete.GenerateCompletion::new, CommandSpec::forAnnotatedObject),
            "start", CommandNode.leaf(StartCommand::new, StartCommand::spec),
            "validate", CommandNode.leaf(ValidateCommand::new, ValidateCommand::spec),
            "render", CommandNode.leaf(RenderCommand::new, RenderCommand::spec),
            "diff", CommandNode.leaf(DiffCommand::new, DiffCommand::spec),
            "runtime", CommandNode.group(RuntimeCommand::new, RuntimeCommand::spec,
                    "generate", CommandNode.leaf(RuntimeGenerateCommand::new, RuntimeGenerateCommand::spec),
                    "generate2", CommandNode.leaf(RuntimeGenerate2Command::new, RuntimeGenerate2Command::spec),
                    "generate-autosave", CommandNode.leaf(RuntimeGenerateAutosaveCommand::new,
                            RuntimeGenerateAutosaveCommand::spec),
                    "place-files", CommandNode.leaf(RuntimePlaceFilesCommand::new, RuntimePlaceFilesCommand::spec)),
            "template", CommandNode.group(TemplateCommand::new, TemplateCommand::spec,
                    "render", CommandNode.leaf(TemplateRenderCommand::new, TemplateRenderCommand::spec)),
            "msi", CommandNode.leaf(MsiCommand::new, MsiCommand::spec),
            "ioc", CommandNode.group(IocCommand::new, IocCommand::spec,
                    "generate-schema", CommandNode.leaf(IocGenerateSchemaCommand::new, IocGenerateSchemaCommand::spec),
                    "do-wait", CommandNode.leaf(IocDoWaitCommand::new, IocDoWaitCommand::spec)),
            "support", CommandNode.group(SupportCommand::new, SupportCommand::spec,
                    "generate-schema", CommandNode.leaf(SupportGenerateSchemaCommand::new,
                            SupportGenerateSchemaCommand::spec)));

    CommandSpec spec;

    /** The root's picocli model (CommandSpecs says why it is built in code); the only one with a version. */
    static CommandSpec spec(IocrunCommand c) {
        c.spec = CommandSpecs.command(c, "iocrun",
                "Generates and starts EPICS IOC instances from ibek support and instance YAML.");
        c.spec.versionProvider(new VersionProvider());
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The configured command line with every command: exit codes and error handling shared by all of them. */
    public static CommandLine commandLine() {
        return configured(build(COMMANDS, List.of()));
    }

    /**
     * The command line for running {@code args}: of the commands they name, in order, only those are built, and
     * below the last one named its whole subtree (its help lists them). picocli models every command added to a
     * command line up front, and modelling all of them (then by reflection) took about a third of a cold
     * {@code iocrun start}. {@code help} needs the whole tree.
     */
    public static CommandLine commandLineFor(String... args) {
        boolean help = args.length > 0 && args[0].equals("help");
        return configured(build(COMMANDS, help ? List.of() : List.of(args)));
    }

    /** {@code node}'s command line, with only the child that {@code args} starts with if there is one, else all. */
    private static CommandLine build(CommandNode node, List<String> args) {
        CommandLine cli = new CommandLine(node.spec().get());
        CommandNode named = args.isEmpty() ? null : node.children().get(args.getFirst());
        if (named != null) {
            cli.addSubcommand(build(named, args.subList(1, args.size())));
        } else {
            node.children().values().forEach(child -> cli.addSubcommand(build(child, List.of())));
        }
        return cli;
    }

    private static CommandLine configured(CommandLine cli) {
        // output is generated text (st.cmd lines, rendered templates): UTF-8 whatever the locale says
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // picocli (built for Java 5) converts Path arguments by reflection on Paths.get: ~9 ms of a cold start
        cli.registerConverter(Path.class, Path::of);
        // msi's own argument rules: options only before the template, a repeated option's last value wins
        CommandLine msi = cli.getSubcommands().get("msi");
        if (msi != null) {
            msi.setStopAtPositional(true);
            msi.setOverwrittenOptionsAllowed(true);
        }
        return cli;
    }
}
