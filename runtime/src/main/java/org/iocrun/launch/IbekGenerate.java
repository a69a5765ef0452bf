package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.Generator;
import org.iocrun.generation.PviSettings;
import org.iocrun.yaml.YamlLoader;
import org.iocrun.launch.folders.OutputFolder;
import org.iocrun.launch.folders.PlainFolder;
import org.iocrun.launch.folders.StagedDirectory;

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
     */
    public record Destination(Optional<Path> output, boolean force) {
    }

    private final YamlLoader yaml;
    private final Generator generator;
    private final Consumer<List<Problem>> warnings;

    public IbekGenerate(YamlLoader yaml, Generator generator, Consumer<List<Problem>> warnings) {
        this.yaml = yaml;
        this.generator = generator;
        this.warnings = warnings;
    }

    /**
     * Generates from {@code inputs} with {@code environment} (the process's, as ibek reads it) and writes the
     * outputs. An unusable {@code -o} folder is refused before the generation runs.
     */
    public void run(GenerationInputs inputs, Map<String, String> environment, boolean pvi, Destination destination)
            throws UserError, IOException {
        EpicsPaths paths = EpicsPaths.from(environment);
        PlainFolder.Rules rules = new PlainFolder.Rules(destination.force(), inputs.inputFolders());
        if (destination.output().isPresent()) {
            PlainFolder.check(destination.output().get(), rules);
        }
        GeneratedFiles generated = generator.generate(new GenerationRequest(inputs.instanceFiles(),
                inputs.loadTypes(yaml), environment, false,
                pvi ? Optional.of(new PviSettings(paths.pviDefs(), inputs.pviOverrideFolder(paths))) : Optional.empty()));
        warnings.accept(generated.warnings());
        RuntimeFolderBuilder builder = new RuntimeFolderBuilder(
                new RuntimeFolderBuilder.Sources(paths.configDir(), paths.support(), paths.autosave()), Map.of(),
                new StepLog(new PrintWriter(Writer.nullWriter()), true), warnings);
        try (OutputFolder runtime = destination.output().isPresent()
                ? PlainFolder.open(destination.output().get(), rules)
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
}
