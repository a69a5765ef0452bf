package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.outputs.OutputFolder;
import org.iocrun.outputs.PlainFolder;
import org.iocrun.outputs.StagedDirectory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * ibek's {@code runtime generate} and {@code generate2} outputs: the generated files into the runtime folder and
 * the screens into the OPI folder. Without {@code -o} the runtime folder is the container's volume
 * ($EPICS_ROOT/runtime, replaced as start replaces it); with {@code -o DIR} it is a developer's folder of plain
 * files, where only iocrun's own files are replaced.
 */
public final class IbekGenerate {

    /**
     * Where the outputs go.
     *
     * @param output the {@code -o} folder, or empty for the container's runtime folder
     * @param force  write into a folder iocrun did not render
     * @param inputs folders the generation read its instance from (the output may not be one of them)
     */
    public record Destination(Optional<Path> output, boolean force, List<Path> inputs) {

        public Destination {
            inputs = List.copyOf(inputs);
        }
    }

    private IbekGenerate() {
    }

    /** Refuses an unusable {@code -o} folder before the generation runs. */
    public static void check(Destination destination) throws UserError, IOException {
        if (destination.output().isPresent()) {
            PlainFolder.check(destination.output().get(), rules(destination));
        }
    }

    public static void write(GeneratedFiles generated, Destination destination, EpicsPaths paths,
                             Consumer<List<Problem>> warnings) throws UserError, IOException {
        RuntimeFolderBuilder builder = new RuntimeFolderBuilder(
                new RuntimeFolderBuilder.Sources(paths.configDir(), paths.support(), paths.autosave()), Map.of(),
                new StepLog(new PrintWriter(Writer.nullWriter()), true), warnings);
        try (OutputFolder runtime = destination.output().isPresent()
                ? PlainFolder.open(destination.output().get(), rules(destination))
                : StagedDirectory.open(paths.runtimeDir())) {
            builder.build(generated, runtime, RuntimeFolderBuilder.Scope.GENERATED_FILES);
            runtime.commit();
        } catch (StartFailure f) {
            throw new UserError(f.problems());
        } catch (PlainFolder.ForeignFileException e) {
            throw new UserError(e.problem());
        }
        if (generated.opi().isPresent()) {
            try (StagedDirectory opi = StagedDirectory.open(paths.opiDir())) {
                builder.publishOpi(generated, opi, "");
                opi.commit();
            }
        }
    }

    private static PlainFolder.Rules rules(Destination destination) {
        return new PlainFolder.Rules(destination.force(), destination.inputs());
    }
}
