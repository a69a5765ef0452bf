package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** The root of the command tree: ibek's command names for drop-in use plus iocrun's own commands. */
@Command(name = "iocrun",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates and starts EPICS IOC instances from ibek support and instance YAML.",
        subcommands = {
                CommandLine.HelpCommand.class,
                picocli.AutoComplete.GenerateCompletion.class,
                StartCommand.class,
                ValidateCommand.class,
                RenderCommand.class,
                RuntimeCommand.class,
                TemplateCommand.class,
                MsiCommand.class,
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
        // output is generated text (st.cmd lines, rendered templates): UTF-8 whatever the locale says
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler(new UserErrorHandler());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // msi's own argument rules: options only before the template, a repeated option's last value wins
        CommandLine msi = cli.getSubcommands().get("msi");
        msi.setStopAtPositional(true);
        msi.setOverwrittenOptionsAllowed(true);
        return cli;
    }
}
