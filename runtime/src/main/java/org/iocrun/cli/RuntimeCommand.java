package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun runtime ...}: ibek's runtime commands, same names and options. */
@Command(name = "runtime", mixinStandardHelpOptions = true,
        description = "Generate runtime assets (st.cmd, ioc.subst) as ibek's 'runtime' commands do.",
        subcommands = {RuntimeGenerateCommand.class, RuntimeGenerate2Command.class,
                RuntimeGenerateAutosaveCommand.class, RuntimePlaceFilesCommand.class})
final class RuntimeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
    }
}
