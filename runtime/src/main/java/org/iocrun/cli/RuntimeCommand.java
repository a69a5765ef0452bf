package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iocrun runtime ...}: ibek's runtime commands, same names and options. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
final class RuntimeCommand implements Runnable {

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RuntimeCommand c) {
        c.spec = CommandSpecs.command(c, "runtime",
                "Generate runtime assets (st.cmd, ioc.subst) as ibek's 'runtime' commands do.");
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
