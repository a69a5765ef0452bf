package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun ioc ...}: ibek's commands about IOC instances. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
@Command(name = "ioc", mixinStandardHelpOptions = true,
        description = "Commands about IOC instances, as ibek's 'ioc' commands.")
final class IocCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
