package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun support ...}: ibek's commands about support modules. */
@Command(name = "support", mixinStandardHelpOptions = true,
        description = "Commands about support modules and their definition files, as ibek's 'support' commands.",
        subcommands = {SupportGenerateSchemaCommand.class})
final class SupportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
