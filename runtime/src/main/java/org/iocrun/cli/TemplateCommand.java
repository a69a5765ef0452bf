package org.iocrun.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** {@code iocrun template ...}: tools for support-module authors working on Jinja templates. */
// its subcommands are in IocrunCommand.COMMANDS, so that a run builds only the one it names
public final class TemplateCommand implements Runnable {

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(TemplateCommand c) {
        c.spec = CommandSpecs.command(c, "template", "Work with the Jinja templates of support YAML.");
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
