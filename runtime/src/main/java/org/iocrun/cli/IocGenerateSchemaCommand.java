package org.iocrun.cli;

import org.iocrun.loading.Definitions;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.loading.YamlLoader;
import org.iocrun.schema.IocSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code iocrun ioc generate-schema}: the JSON schema of instance files for the given support definitions plus, by
 * default, the image's ({@code $EPICS_ROOT/ibek-defs/*ibek.support.yaml}), for editors and CI.
 */
@Command(name = "generate-schema", mixinStandardHelpOptions = true,
        description = "Print (or write) the JSON schema of ioc.yaml files for a set of support definitions.")
final class IocGenerateSchemaCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "DEFINITION", description = "Support definition files (*.ibek.support.yaml), in load order.")
    List<Path> definitions = new ArrayList<>();

    @Option(names = "--ibek-defs", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also load $EPICS_ROOT/ibek-defs/*ibek.support.yaml (default: on).")
    boolean ibekDefs;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the schema to FILE instead of standard output.")
    Path output;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EpicsPaths paths = EpicsPaths.from(System.getenv());
        List<Path> files = SchemaDefinitionFiles.resolve(definitions, ibekDefs, paths.ibekDefs());
        SchemaOutput.write(IocSchema.generate(Definitions.load(new YamlLoader(), files)), output, spec.commandLine().getOut());
        return 0;
    }
}
