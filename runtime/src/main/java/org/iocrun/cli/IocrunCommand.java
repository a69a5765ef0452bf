package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The root of the command tree: ibek's command names for drop-in use plus iocrun's own commands. */
@Command(name = "iocrun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates and starts EPICS IOC instances from ibek support and instance YAML.")
public final class IocrunCommand implements Runnable {

    /** A command class and the commands below it, by name in the order help lists them. */
    record CommandNode(Class<?> type, Map<String, CommandNode> children) {
        static CommandNode leaf(Class<?> type) {
            return new CommandNode(type, Map.of());
        }

        static CommandNode group(Class<?> type, Object... nameNodePairs) {
            Map<String, CommandNode> children = new LinkedHashMap<>();
            for (int i = 0; i < nameNodePairs.length; i += 2) {
                children.put((String) nameNodePairs[i], (CommandNode) nameNodePairs[i + 1]);
            }
            return new CommandNode(type, Collections.unmodifiableMap(children));
        }
    }

    /**
     * The command tree, {@code iocrun} at its root. Names are written here rather than read from each class's
     * annotation, because reading one loads the class and builds annotation proxies: the cost that
     * {@link #commandLineFor} exists to avoid (CommandLineForTest checks that the names match).
     */
    static final CommandNode COMMANDS = CommandNode.group(IocrunCommand.class,
            "help", CommandNode.leaf(CommandLine.HelpCommand.class),
            "generate-completion", CommandNode.leaf(picocli.AutoComplete.GenerateCompletion.class),
            "start", CommandNode.leaf(StartCommand.class),
            "validate", CommandNode.leaf(ValidateCommand.class),
            "render", CommandNode.leaf(RenderCommand.class),
            "runtime", CommandNode.group(RuntimeCommand.class,
                    "generate", CommandNode.leaf(RuntimeGenerateCommand.class),
                    "generate2", CommandNode.leaf(RuntimeGenerate2Command.class),
                    "generate-autosave", CommandNode.leaf(RuntimeGenerateAutosaveCommand.class),
                    "place-files", CommandNode.leaf(RuntimePlaceFilesCommand.class)),
            "template", CommandNode.group(TemplateCommand.class,
                    "render", CommandNode.leaf(TemplateRenderCommand.class)),
            "msi", CommandNode.leaf(MsiCommand.class),
            "ioc", CommandNode.group(IocCommand.class,
                    "generate-schema", CommandNode.leaf(IocGenerateSchemaCommand.class),
                    "do-wait", CommandNode.leaf(IocDoWaitCommand.class)),
            "support", CommandNode.group(SupportCommand.class,
                    "generate-schema", CommandNode.leaf(SupportGenerateSchemaCommand.class)));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
     * below the last one named its whole subtree (its help lists them). picocli models every command by
     * reflection up front, and modelling all of them took about a third of a cold {@code iocrun start}.
     * {@code help} needs the whole tree.
     */
    public static CommandLine commandLineFor(String... args) {
        boolean help = args.length > 0 && args[0].equals("help");
        return configured(build(COMMANDS, help ? List.of() : List.of(args)));
    }

    /** {@code node}'s command line, with only the child that {@code args} starts with if there is one, else all. */
    private static CommandLine build(CommandNode node, List<String> args) {
        CommandLine cli = new CommandLine(node.type());
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
        // msi's own argument rules: options only before the template, a repeated option's last value wins
        CommandLine msi = cli.getSubcommands().get("msi");
        if (msi != null) {
            msi.setStopAtPositional(true);
            msi.setOverwrittenOptionsAllowed(true);
        }
        return cli;
    }
}
