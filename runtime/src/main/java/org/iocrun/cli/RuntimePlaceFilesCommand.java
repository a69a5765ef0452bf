package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.launch.EpicsPaths;
import org.iocrun.launch.RuntimeAssets;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code iocrun runtime place-files CONFIG_FOLDER}: ibek's copy of instance protocols and templates. */
final class RuntimePlaceFilesCommand implements Callable<Integer> {

    Path configDir;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RuntimePlaceFilesCommand c) {
        CommandSpec spec = CommandSpecs.command(c, "place-files",
                "Copy the config folder's *.proto/*.protocol to runtime/protocol and *.db/*.template to runtime/db.");
        CommandSpecs.addPositional(spec, CommandSpecs.positional(Path.class, c.configDir, v -> c.configDir = v)
                .index("0").paramLabel("CONFIG_FOLDER").description("The instance's config folder."));
        return CommandSpecs.withStandardHelp(spec);
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(configDir)) {
            throw new UserError(Problem.error(SourcePosition.unknown(configDir), "no such config folder"));
        }
        RuntimeAssets.placeFiles(configDir, EpicsPaths.from(System.getenv()).runtimeDir());
        return 0;
    }
}
