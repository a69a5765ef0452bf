package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iocrun support ...}: ibek's commands about support modules. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
final class SupportCommand implements Runnable {

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(SupportCommand c) {
        c.spec = CommandSpecs.command(c, "support",
                "Commands about support modules and their definition files, as ibek's 'support' commands.");
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
