package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The root of the command tree: ibek's command names for drop-in use plus iocrun's own commands. */
@Command(name = "iocrun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates and starts EPICS IOC instances from ibek support and instance YAML.")
public final class IocrunCommand implements Runnable {

    /** The top-level commands, in the order help lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(
            CommandLine.HelpCommand.class,
            StartCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            RuntimeCommand.class,
            TemplateCommand.class,
            MsiCommand.class,
            IocCommand.class,
            SupportCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The configured command line with every command: exit codes and error handling shared by all of them. */
    public static CommandLine commandLine() {
        return commandLine(SUBCOMMANDS);
    }

    /**
     * The command line for running {@code args}: when they start with the name of a top-level command (other than
     * help, which needs them all), only that command's subtree is built. picocli models every command by
     * reflection up front, and modelling all of them took about a third of a cold {@code iocrun start}.
     */
    public static CommandLine commandLineFor(String... args) {
        if (args.length > 0) {
            for (Class<?> command : SUBCOMMANDS) {
                if (command != CommandLine.HelpCommand.class && names(command).contains(args[0])) {
                    return commandLine(List.of(command));
                }
            }
        }
        return commandLine();
    }

    private static List<String> names(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        List<String> names = new java.util.ArrayList<>(Arrays.asList(annotation.aliases()));
        names.add(annotation.name());
        return names;
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
