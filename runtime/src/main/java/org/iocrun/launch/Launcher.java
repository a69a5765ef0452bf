package org.iocrun.launch;

import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.Entity;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.Generator;
import org.iocrun.generation.IocSubstAssembler;
import org.iocrun.generation.PviSettings;
import org.iocrun.loading.DefinitionFiles;
import org.iocrun.loading.Definitions;
import org.iocrun.loading.EpicsPaths;
import org.iocrun.loading.YamlLoader;
import org.iocrun.model.Builtins;
import org.iocrun.model.EntityTypes;
import org.iocrun.outputs.StagedDirectory;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MissingTemplate;
import org.iocrun.substitution.MsiOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything {@code iocrun start} does before it becomes the IOC (runtime-contract §1, with its hazards fixed):
 * choose the config folder's branch, prepare the runtime and OPI folders (contents replaced in one step, so no
 * file of an earlier boot survives and a failure leaves the previous set), wait for hardware, and return the
 * program to exec.
 */
public final class Launcher {

    private final YamlLoader yaml;
    private final Generator generator;
    private final Map<String, String> env;
    private final StepLog log;
    private final EpicsPaths paths;

    public Launcher(YamlLoader yaml, Generator generator, Map<String, String> env, StepLog log) {
        this.yaml = yaml;
        this.generator = generator;
        this.env = Map.copyOf(env);
        this.log = log;
        this.paths = EpicsPaths.from(env);
    }

    public LaunchPlan prepare() throws StartFailure {
        ConsoleSocket.Decision console = ConsoleSocket.wrap(prepareBranch(), env);
        console.message().ifPresent(log::info);
        return console.plan();
    }

    /** The config folder's branch, prepared: the program start.sh would run, before the console wrapper. */
    private LaunchPlan prepareBranch() throws StartFailure {
        Map<String, String> iocEnv = iocEnvironment();
        ConfigFolder kind = ConfigFolder.classify(paths.configDir());
        return switch (kind) {
            case START_SCRIPT -> {
                clear(paths.runtimeDir(), "runtime");
                clear(paths.opiDir(), "OPI");
                log.info("config folder has start.sh: running it with bash");
                String bash = Executables.find("bash", iocEnv).orElse("/bin/bash");
                yield new LaunchPlan(bash, List.of("bash", paths.configDir().resolve("start.sh").toString()), iocEnv);
            }
            case IOC_YAML -> {
                List<WaitTarget> waits = prepareFromYaml(iocEnv);
                waitForHardware(waits, iocEnv);
                yield iocPlan(iocEnv);
            }
            case HAND_WRITTEN -> {
                prepareHandWritten(iocEnv);
                yield iocPlan(iocEnv);
            }
            case NOTHING -> throw new StartFailure("reading the config folder", List.of(Problem.error(
                    SourcePosition.unknown(paths.configDir()),
                    "the config folder holds no IOC instance: none of start.sh, ioc.yaml or st.cmd",
                    "mount a config folder with ioc.yaml (ibek instance), st.cmd (+ ioc.subst/ioc.db), or start.sh")));
        };
    }

    /** start.sh's environment for the IOC: the process's, CONFIG_DIR, RUNTIME_DIR, IOC, and RELEASE.shell's exports. */
    Map<String, String> iocEnvironment() throws StartFailure {
        Map<String, String> iocEnv = new LinkedHashMap<>(env);
        iocEnv.putIfAbsent("EPICS_ROOT", paths.epicsRoot().toString());
        iocEnv.putIfAbsent("IOC", paths.ioc().toString());
        iocEnv.put("CONFIG_DIR", paths.configDir().toString());
        iocEnv.put("RUNTIME_DIR", paths.runtimeDir().toString());
        try {
            iocEnv.putAll(ReleaseShell.read(paths.support().resolve("configure/RELEASE.shell")));
        } catch (IOException e) {
            throw failure("reading RELEASE.shell", paths.support().resolve("configure/RELEASE.shell"), e);
        }
        return iocEnv;
    }

    private List<WaitTarget> prepareFromYaml(Map<String, String> iocEnv) throws StartFailure {
        log.begin();
        GeneratedFiles generated;
        try {
            List<Path> instances = DefinitionFiles.instanceFilesIn(paths.configDir());
            List<Path> definitions = DefinitionFiles.defaultDefinitions(paths.epicsRoot(), paths.configDir());
            if (definitions.isEmpty()) {
                throw new UserError(Problem.error(SourcePosition.unknown(paths.ibekDefs()),
                        "no support definitions (*.ibek.support.yaml) under " + paths.ibekDefs() + " or the config folder",
                        "the Generic IOC image installs them in $EPICS_ROOT/ibek-defs"));
            }
            EntityTypes types = Definitions.load(yaml, definitions);
            generated = generator.generate(new GenerationRequest(instances, types, iocEnv, false,
                    Optional.of(new PviSettings(paths.pviDefs(), paths.configDir()))));
        } catch (UserError e) {
            throw new StartFailure("generating st.cmd and ioc.subst", e.problems());
        }
        printWarnings(generated.warnings());
        long entities = generated.entities().stream().filter(e -> !e.isBuiltin()).count();
        log.done("generated st.cmd and ioc.subst (" + entities + " entities)");
        try (StagedDirectory runtime = StagedDirectory.open(paths.runtimeDir())) {
            writeGenerated(runtime, generated);
            IncludePath includes = includePath(runtime);
            checkTemplates(runtime, includes, generated, iocEnv);
            expandDatabase(runtime, includes, iocEnv);
            autosave(runtime, generated, iocEnv);
            copyAssets(runtime, true);
            runtime.commit();
        } catch (IOException e) {
            throw failure("writing the runtime folder", paths.runtimeDir(), e);
        }
        publishOpi(generated);
        return waitTargets(generated);
    }

    private void writeGenerated(StagedDirectory runtime, GeneratedFiles generated) throws IOException {
        runtime.write("st.cmd", generated.stCmd().getBytes(StandardCharsets.UTF_8));
        runtime.write("ioc.subst", generated.iocSubst().getBytes(StandardCharsets.UTF_8));
        if (generated.waitList().isPresent()) {
            runtime.write("wait_list.yaml", generated.waitList().get().getBytes(StandardCharsets.UTF_8));
        }
        if (generated.opi().isPresent()) {
            for (Map.Entry<String, String> t : generated.opi().get().runtimeTemplates().entrySet()) {
                runtime.write(t.getKey(), t.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** The render-time check: every template ioc.subst uses must be on the include path, named by its entity. */
    private void checkTemplates(StagedDirectory runtime, IncludePath includes, GeneratedFiles generated,
                                Map<String, String> iocEnv) throws StartFailure, IOException {
        log.begin();
        List<MissingTemplate> missing;
        try {
            // the IOC environment, as the expansion after this check uses: RELEASE.shell's $(ASYN)-style names are
            // only there, never in the image's process environment
            missing = new DbExpander(MsiOptions.defaults().withIncludePath(includes).withEnvironment(iocEnv))
                    .findMissingTemplates(runtime.path().resolve("ioc.subst"));
        } catch (UserError e) {
            throw new StartFailure("checking ioc.subst", e.problems());
        }
        if (!missing.isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            List<AutosaveRequests.Block> blocks = AutosaveRequests.blocks(generated.iocSubst());
            for (MissingTemplate m : missing) {
                String file = m.blockIndex() < blocks.size() ? blocks.get(m.blockIndex()).file() : m.fileName();
                IocSubstAssembler.Row row = generated.substRows().stream().filter(r -> r.file().equals(file))
                        .findFirst().orElse(null);
                SourcePosition at = row == null ? m.position() : row.position();
                problems.add(Problem.error(at, "database template '" + m.fileName() + "'"
                                + (row == null ? "" : " used by " + row.origin()) + " is not on the include path",
                        m.searched()));
            }
            throw new StartFailure("checking database templates", problems);
        }
    }

    /** start.sh's msi include path: the config folder, every $SUPPORT/*{@literal /}db in sorted order, the runtime folder. */
    private IncludePath includePath(StagedDirectory runtime) throws IOException {
        return IncludePath.forIoc(paths.configDir().toAbsolutePath(), paths.support().toAbsolutePath(), runtime.path());
    }

    private void expandDatabase(StagedDirectory runtime, IncludePath includes, Map<String, String> iocEnv)
            throws StartFailure, IOException {
        Path subst = runtime.path().resolve("ioc.subst");
        if (!Files.exists(subst)) {
            return;
        }
        log.begin();
        MsiOptions options = MsiOptions.defaults()
                .withIncludePath(includes)
                .withEnvironment(iocEnv).withWorkingDirectory(runtime.path());
        try {
            var result = new DbExpander(options).expandToFile(subst, runtime.path().resolve("ioc.db"));
            printWarnings(result.warnings());
        } catch (UserError e) {
            throw new StartFailure("expanding ioc.subst into ioc.db", e.problems());
        }
        log.done("expanded ioc.db (" + sizeKb(runtime.path().resolve("ioc.db")) + " kB)");
    }

    private void autosave(StagedDirectory runtime, GeneratedFiles generated, Map<String, String> iocEnv)
            throws StartFailure, IOException {
        log.begin();
        printWarnings(AutosaveRequests.linkRequestFiles(paths.support(), paths.configDir(), paths.autosave()));
        try {
            List<String> written = AutosaveRequests.generate(AutosaveRequests.blocks(generated.iocSubst()),
                    paths.autosave(), runtime.path(), iocEnv);
            if (!written.isEmpty()) {
                log.done("wrote " + String.join(", ", written));
            }
        } catch (UserError e) {
            throw new StartFailure("generating autosave request files", e.problems());
        }
    }

    private void copyAssets(StagedDirectory runtime, boolean placeConfigFiles) throws IOException {
        log.begin();
        int protocols = RuntimeAssets.copySupportProtocols(paths.support(), runtime.path());
        int placed = placeConfigFiles ? RuntimeAssets.placeFiles(paths.configDir(), runtime.path()) : 0;
        if (protocols + placed > 0) {
            log.done("copied " + protocols + " support protocol files and " + placed + " config files");
        }
    }

    private void publishOpi(GeneratedFiles generated) throws StartFailure {
        log.begin();
        try (StagedDirectory opi = StagedDirectory.open(paths.opiDir())) {
            Map<String, String> files = generated.opi().map(o -> o.opiFiles()).orElse(Map.of());
            for (Map.Entry<String, String> f : files.entrySet()) {
                opi.write(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
            }
            opi.commit();
            log.done("published " + files.size() + " OPI screens");
        } catch (IOException e) {
            throw failure("publishing OPI screens", paths.opiDir(), e);
        }
    }

    private void prepareHandWritten(Map<String, String> iocEnv) throws StartFailure {
        log.begin();
        try (StagedDirectory runtime = StagedDirectory.open(paths.runtimeDir())) {
            for (String name : ConfigFolder.HAND_WRITTEN_FILES) {
                Path source = paths.configDir().resolve(name);
                if (Files.isRegularFile(source)) {
                    runtime.write(name, Files.readAllBytes(source));
                }
            }
            log.done("copied the config folder's hand-written st.cmd/ioc.subst/ioc.db");
            expandDatabase(runtime, includePath(runtime), iocEnv);
            copyAssets(runtime, false);
            runtime.commit();
        } catch (IOException e) {
            throw failure("writing the runtime folder", paths.runtimeDir(), e);
        }
        clear(paths.opiDir(), "OPI");
    }

    private List<WaitTarget> waitTargets(GeneratedFiles generated) throws StartFailure {
        List<WaitTarget> targets = new ArrayList<>();
        for (Entity e : generated.entities()) {
            if (Builtins.WAIT_IP.equals(e.typeName())) {
                String address = String.valueOf(e.fields().get("address"));
                try {
                    targets.add(WaitTarget.parse(String.valueOf(e.fields().get("device")), address,
                            Integer.parseInt(String.valueOf(e.fields().get("timeout")))));
                } catch (IllegalArgumentException bad) {
                    throw new StartFailure("reading the hardware wait list", List.of(Problem.error(e.position(),
                            bad.getMessage(), "address must be ip:port and timeout a whole number of seconds")));
                }
                if (address.lastIndexOf(':') < 0) {
                    log.info("warning: " + e.fields().get("device") + " address has no port, using " + WaitTarget.DEFAULT_PORT);
                }
            }
        }
        return targets;
    }

    private void waitForHardware(List<WaitTarget> targets, Map<String, String> iocEnv) throws StartFailure {
        if ("true".equals(env.get("IBEK_DO_WAIT_DISABLE"))) {
            log.info("hardware wait disabled (IBEK_DO_WAIT_DISABLE=true)");
            return;
        }
        log.begin();
        try {
            new HardwareWait(log.writer()).waitFor(targets);
            HardwareWait.markCompleted(Path.of(env.getOrDefault("IOCRUN_WAIT_MARKER", "/tmp/doWait_completed.txt")));
        } catch (HardwareWait.WaitTimeout e) {
            throw new StartFailure("waiting for hardware", List.of(Problem.error(
                    SourcePosition.unknown(paths.configDir().resolve("ioc.yaml")), e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartFailure("waiting for hardware", List.of(Problem.error(SourcePosition.unknown(null), "interrupted")));
        } catch (IOException e) {
            throw failure("marking the hardware wait complete", null, e);
        }
        if (!targets.isEmpty()) {
            log.done("hardware answered (" + targets.size() + " devices)");
        }
    }

    private LaunchPlan iocPlan(Map<String, String> iocEnv) {
        String arch = env.getOrDefault("IOCRUN_ARCH", "linux-x86_64");
        String binary = env.getOrDefault("IOCRUN_IOC_BINARY", paths.ioc().resolve("bin").resolve(arch).resolve("ioc").toString());
        String stCmd = paths.runtimeDir().resolve("st.cmd").toString();
        return new LaunchPlan(binary, List.of(binary, stCmd), iocEnv);
    }

    /** Empties a mount-point folder (contents only), so no file of an earlier boot survives. */
    private void clear(Path dir, String what) throws StartFailure {
        try (StagedDirectory empty = StagedDirectory.open(dir)) {
            empty.commit();
        } catch (IOException e) {
            throw failure("clearing the " + what + " folder", dir, e);
        }
    }

    private void printWarnings(List<Problem> warnings) {
        if (!log.quiet() && !warnings.isEmpty()) {
            new org.iocrun.diagnostics.ProblemPrinter(log.writer()).print(warnings);
            log.writer().flush();
        }
    }

    private static long sizeKb(Path file) throws IOException {
        return (Files.size(file) + 1023) / 1024;
    }

    private static StartFailure failure(String step, Path where, IOException e) {
        return new StartFailure(step, List.of(Problem.error(SourcePosition.unknown(where),
                e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage())));
    }
}
