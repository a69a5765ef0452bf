package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.launch.RuntimeAssets;
import org.iocrun.loading.EpicsPaths;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code iocrun runtime place-files CONFIG_FOLDER}: ibek's copy of instance protocols and templates. */
@Command(name = "place-files", mixinStandardHelpOptions = true,
        description = "Copy the config folder's *.proto/*.protocol to runtime/protocol and *.db/*.template to runtime/db.")
final class RuntimePlaceFilesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "CONFIG_FOLDER", description = "The instance's config folder.")
    Path configDir;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(configDir)) {
            throw new UserError(Problem.error(SourcePosition.unknown(configDir), "no such config folder"));
        }
        RuntimeAssets.placeFiles(configDir, EpicsPaths.from(System.getenv()).runtimeDir());
        return 0;
    }
}
