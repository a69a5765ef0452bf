package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code iocrun template ...}: tools for support-module authors working on Jinja templates. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
@Command(name = "template",
        mixinStandardHelpOptions = true,
        description = "Work with the Jinja templates of support YAML.")
public final class TemplateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
