package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun ioc ...}: ibek's commands about IOC instances. */
@Command(name = "ioc", mixinStandardHelpOptions = true,
        description = "Commands about IOC instances, as ibek's 'ioc' commands.",
        subcommands = {IocGenerateSchemaCommand.class, IocDoWaitCommand.class})
final class IocCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
