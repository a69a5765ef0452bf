package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.Generator;
import org.iocrun.generation.PviSettings;
import org.iocrun.yaml.YamlLoader;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.launch.folders.PlainFolder;
import org.iocrun.launch.folders.StagedDirectory;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code iocrun render} (and {@code diff}, which renders into a temporary folder): everything {@code start} writes
 * into the runtime folder, with the container's paths baked in (IOC=/epics/ioc, RUNTIME_DIR=/epics/runtime, unless
 * the environment given says otherwise), into a developer's folder of plain files, screens in its {@code opi/}.
 */
public final class LocalRender {

    /**
     * One render.
     *
     * @param target      a config folder or an instance file
     * @param definitions support files and folders, or empty for the image's ibek-defs plus the config folder's
     * @param pviDefs     folders of pvi device files, searched in order; empty for $EPICS_ROOT/pvi-defs
     * @param environment the process environment with the user's overrides
     * @param output      the developer's output folder (see {@link PlainFolder} for what it may be)
     * @param force       write into a folder iocrun did not render, replacing files of the same names
     */
    public record Request(Path target, List<Path> definitions, List<Path> pviDefs, boolean pvi, boolean annotate,
                         Map<String, String> environment, Path output, boolean force) {

        public Request {
            definitions = List.copyOf(definitions);
            pviDefs = List.copyOf(pviDefs);
            environment = Map.copyOf(environment);
        }

        /** The same render into another folder. */
        public Request into(Path folder) {
            return new Request(target, definitions, pviDefs, pvi, annotate, environment, folder, force);
        }
    }

    /** What a render wrote: how many files, for how many entities, where, in how long. */
    public record Result(int files, long entities, Path folder, long millis) {
    }

    private final YamlLoader yaml;
    private final Generator generator;
    private final Consumer<List<Problem>> warnings;

    public LocalRender(YamlLoader yaml, Generator generator, Consumer<List<Problem>> warnings) {
        this.yaml = yaml;
        this.generator = generator;
        this.warnings = warnings;
    }

    /** The container's paths, then the user's environment over them. */
    public static Map<String, String> containerEnvironment(Map<String, String> process, Map<String, String> overrides) {
        Map<String, String> environment = new HashMap<>(process);
        environment.put("IOC", "/epics/ioc");
        environment.put("RUNTIME_DIR", "/epics/runtime");
        environment.putAll(overrides);
        return environment;
    }

    public Result render(Request request) throws UserError, IOException {
        long started = System.nanoTime();
        EpicsPaths paths = EpicsPaths.from(request.environment());
        GenerationInputs inputs = GenerationInputs.resolve(request.target(), List.of(), request.definitions(), paths);
        Path configDir = inputs.configDir() != null ? inputs.configDir() : paths.configDir();
        PlainFolder.Rules rules = new PlainFolder.Rules(request.force(), inputs.inputFolders());
        PlainFolder.check(request.output(), rules);
        Map<String, String> iocEnv = IocEnvironment.of(request.environment(), paths);
        Optional<PviSettings> pvi = request.pvi()
                ? Optional.of(new PviSettings(request.pviDefs().isEmpty() ? List.of(paths.pviDefs()) : request.pviDefs(), configDir))
                : Optional.empty();
        GeneratedFiles generated = generator.generate(new GenerationRequest(inputs.instanceFiles(),
                inputs.loadTypes(yaml), iocEnv, request.annotate(), pvi));
        warnings.accept(generated.warnings());
        Map<String, String> templateEnv = ImageTreeCopy.rebased(iocEnv,
                ReleaseShell.read(paths.support().resolve("configure/RELEASE.shell")), paths.epicsRoot());
        RuntimeFolderBuilder builder = new RuntimeFolderBuilder(
                new RuntimeFolderBuilder.Sources(configDir, paths.support(), paths.autosave()), templateEnv,
                new StepLog(new PrintWriter(Writer.nullWriter()), true), warnings);
        try (PlainFolder out = PlainFolder.open(request.output(), rules)) {
            builder.build(generated, out, RuntimeFolderBuilder.Scope.LOCAL_RENDER);
            builder.publishOpi(generated, out, "opi/");
            out.commit();
            return new Result(out.fileCount(), generated.instanceEntityCount(), out.target(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (StartFailure f) {
            throw new UserError(f.problems());
        } catch (PlainFolder.ForeignFileException e) {
            throw new UserError(e.problem());
        }
    }

    /**
     * {@code iocrun diff}: renders into a temporary folder (removed afterwards) and returns the unified diff from
     * {@code against} to the render, empty when they hold the same files. A folder without {@code opi/} (a copy of a
     * runtime volume) is compared without the screens.
     */
    public List<String> diffAgainst(Request request, Path against) throws UserError, IOException {
        if (!Files.isDirectory(against)) {
            throw new UserError(Problem.error(SourcePosition.unknown(against), "no such folder to compare with",
                    "--against DIR: a previous render, or a copy of a running IOC's /epics/runtime"));
        }
        Path work = Files.createTempDirectory("iocrun-diff");
        try {
            Path rendered = work.resolve("render");
            render(request.into(rendered));
            return FolderDiff.unified(against, rendered, !Files.isDirectory(against.resolve("opi")));
        } finally {
            StagedDirectory.deleteTree(work);
        }
    }
}
