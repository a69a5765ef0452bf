package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun support ...}: ibek's commands about support modules. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
@Command(name = "support", mixinStandardHelpOptions = true,
        description = "Commands about support modules and their definition files, as ibek's 'support' commands.")
final class SupportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
