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

    /**
     * The top-level commands by name, in the order help lists them. Names are written here rather than read from
     * each class's annotation, because reading one loads the class and builds annotation proxies: the cost that
     * {@link #commandLineFor} exists to avoid (CommandLineForTest checks that the names match).
     */
    static final Map<String, Class<?>> SUBCOMMANDS = orderedMap(
            "help", CommandLine.HelpCommand.class,
            "generate-completion", picocli.AutoComplete.GenerateCompletion.class,
            "start", StartCommand.class,
            "validate", ValidateCommand.class,
            "render", RenderCommand.class,
            "runtime", RuntimeCommand.class,
            "template", TemplateCommand.class,
            "msi", MsiCommand.class,
            "ioc", IocCommand.class,
            "support", SupportCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The configured command line with every command: exit codes and error handling shared by all of them. */
    public static CommandLine commandLine() {
        return commandLine(List.copyOf(SUBCOMMANDS.values()));
    }

    /**
     * The command line for running {@code args}: when they start with the name of a top-level command (other than
     * help, which needs them all), only that command's subtree is built. picocli models every command by
     * reflection up front, and modelling all of them took about a third of a cold {@code iocrun start}.
     */
    public static CommandLine commandLineFor(String... args) {
        Class<?> named = args.length == 0 || args[0].equals("help") ? null : SUBCOMMANDS.get(args[0]);
        return named == null ? commandLine() : commandLine(List.of(named));
    }

    private static Map<String, Class<?>> orderedMap(Object... nameClassPairs) {
        Map<String, Class<?>> map = new LinkedHashMap<>();
        for (int i = 0; i < nameClassPairs.length; i += 2) {
            map.put((String) nameClassPairs[i], (Class<?>) nameClassPairs[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    private static CommandLine commandLine(List<Class<?>> subcommands) {
        CommandLine cli = new CommandLine(new IocrunCommand());
        for (Class<?> command : subcommands) {
            cli.addSubcommand(command);
        }
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
