package org.iocrun.cli;

import org.iocrun.schema.SupportSchema;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code iocrun support generate-schema}: the JSON schema of support YAML files, for editors. */
final class SupportGenerateSchemaCommand implements Callable<Integer> {

    Path output;

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(SupportGenerateSchemaCommand c) {
        c.spec = CommandSpecs.command(c, "generate-schema",
                "Print (or write) the JSON schema of *.ibek.support.yaml files, equal to ibek's.");
        c.spec.addOption(CommandSpecs.option(Path.class, c.output, v -> c.output = v, "--output").paramLabel("FILE")
                .description("Write the schema to FILE instead of standard output.").build());
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws Exception {
        SchemaOutput.write(SupportSchema.generate(), output, spec.commandLine().getOut());
        return 0;
    }
}
