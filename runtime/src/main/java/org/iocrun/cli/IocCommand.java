package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iocrun ioc ...}: ibek's commands about IOC instances. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
final class IocCommand implements Runnable {

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(IocCommand c) {
        c.spec = CommandSpecs.command(c, "ioc", "Commands about IOC instances, as ibek's 'ioc' commands.");
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
