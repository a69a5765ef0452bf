package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun runtime ...}: ibek's runtime commands, same names and options. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
@Command(name = "runtime", mixinStandardHelpOptions = true,
        description = "Generate runtime assets (st.cmd, ioc.subst) as ibek's 'runtime' commands do.")
final class RuntimeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
