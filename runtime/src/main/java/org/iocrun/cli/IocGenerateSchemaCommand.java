package org.iocrun.cli;

import org.iocrun.launch.EpicsPaths;
import org.iocrun.loading.Definitions;
import org.iocrun.schema.IocSchema;
import org.iocrun.yaml.YamlLoader;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code iocrun ioc generate-schema}: the JSON schema of instance files for the given support definitions plus, by
 * default, the image's ({@code $EPICS_ROOT/ibek-defs/*ibek.support.yaml}), for editors and CI.
 */
final class IocGenerateSchemaCommand implements Callable<Integer> {

    List<Path> definitions = new ArrayList<>();

    boolean ibekDefs;

    Path output;

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(IocGenerateSchemaCommand c) {
        c.spec = CommandSpecs.command(c, "generate-schema",
                "Print (or write) the JSON schema of ioc.yaml files for a set of support definitions.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.listPositional(Path.class, c.definitions, v -> c.definitions = v)
                .arity("0..*").paramLabel("DEFINITION")
                .description("Support definition files (*.ibek.support.yaml), in load order."));
        c.spec.addOption(CommandSpecs.option(boolean.class, c.ibekDefs, v -> c.ibekDefs = v, "--ibek-defs")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Also load $EPICS_ROOT/ibek-defs/*ibek.support.yaml (default: on).").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.output, v -> c.output = v, "--output").paramLabel("FILE")
                .description("Write the schema to FILE instead of standard output.").build());
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws Exception {
        EpicsPaths paths = EpicsPaths.from(System.getenv());
        List<Path> files = SchemaDefinitionFiles.resolve(definitions, ibekDefs, paths.ibekDefs());
        SchemaOutput.write(IocSchema.generate(Definitions.load(new YamlLoader(), files)), output, spec.commandLine().getOut());
        return 0;
    }
}
