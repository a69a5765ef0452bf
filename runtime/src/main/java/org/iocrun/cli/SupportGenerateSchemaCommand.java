package org.iocrun.cli;

import org.iocrun.schema.SupportSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code iocrun support generate-schema}: the JSON schema of support YAML files, for editors. */
@Command(name = "generate-schema", mixinStandardHelpOptions = true,
        description = "Print (or write) the JSON schema of *.ibek.support.yaml files, equal to ibek's.")
final class SupportGenerateSchemaCommand implements Callable<Integer> {

    @Option(names = "--output", paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        SchemaOutput.write(SupportSchema.generate(), output, spec.commandLine().getOut());
        return 0;
    }
}
