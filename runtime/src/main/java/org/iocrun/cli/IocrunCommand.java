package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root of the command tree: ibek's command names for drop-in use plus iocrun's own commands. */
@Command(name = "iocrun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates and starts EPICS IOC instances from ibek support and instance YAML.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ValidateCommand.class,
                RenderCommand.class,
                RuntimeCommand.class,
                IocCommand.class,
                SupportCommand.class,
        })
public final class IocrunCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }

    /** The configured command line: exit codes and error handling shared by every command. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new IocrunCommand());
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
