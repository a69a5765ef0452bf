package org.iocrun.launch;

import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.Entity;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.WaitIp;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.Generator;
import org.iocrun.generation.PviSettings;
import org.iocrun.yaml.YamlLoader;
import org.iocrun.model.Builtins;
import org.iocrun.launch.folders.StagedDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
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
    private final RuntimeSetReuse reuse;

    public Launcher(YamlLoader yaml, Generator generator, Map<String, String> env, StepLog log) {
        this(yaml, generator, env, log, RuntimeSetStamp.of(env, false));
    }

    /** @param stamp who makes the runtime set: its record names the build, which a later start compares */
    public Launcher(YamlLoader yaml, Generator generator, Map<String, String> env, StepLog log, RuntimeSetStamp stamp) {
        this.yaml = yaml;
        this.generator = generator;
        this.env = Map.copyOf(env);
        this.log = log;
        this.paths = EpicsPaths.from(env);
        this.reuse = new RuntimeSetReuse(paths, stamp, this.env, log);
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
                // a restart with nothing changed uses the set the folders show: no generation at all
                Optional<List<WaitTarget>> current = reuse.currentSet(iocEnv);
                List<WaitTarget> waits = current.isPresent() ? current.get() : prepareFromYaml(iocEnv);
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
        try {
            return IocEnvironment.of(env, paths);
        } catch (IOException e) {
            throw failure("reading RELEASE.shell", paths.support().resolve("configure/RELEASE.shell"), e);
        }
    }

    private RuntimeFolderBuilder builder(Map<String, String> iocEnv) {
        return new RuntimeFolderBuilder(new RuntimeFolderBuilder.Sources(paths.configDir(), paths.support(), paths.autosave()),
                iocEnv, log, this::printWarnings);
    }

    private List<WaitTarget> prepareFromYaml(Map<String, String> iocEnv) throws StartFailure {
        log.begin();
        GeneratedFiles generated;
        GenerationInputs inputs;
        try {
            inputs = GenerationInputs.resolve(paths.configDir(), List.of(), List.of(), paths);
            generated = generator.generate(new GenerationRequest(inputs.instanceFiles(), inputs.loadTypes(yaml), iocEnv,
                    false, Optional.of(new PviSettings(paths.pviDefs(), paths.configDir()))));
        } catch (UserError e) {
            throw new StartFailure("generating st.cmd and ioc.subst", e.problems());
        }
        printWarnings(generated.warnings());
        log.done("generated st.cmd and ioc.subst (" + generated.instanceEntityCount() + " entities)");
        RuntimeFolderBuilder builder = builder(iocEnv);
        List<WaitTarget> waits = waitTargets(generated);
        try (StagedDirectory runtime = StagedDirectory.open(paths.runtimeDir())) {
            List<Path> templatesRead = builder.build(generated, runtime, RuntimeFolderBuilder.Scope.CONTAINER_START);
            // the OPI set is built before the runtime set is switched in, so the record in the runtime set names
            // both; a start killed between the two switches finds the OPI folder stale and generates again
            try (StagedDirectory opi = stageOpi(builder, generated)) {
                reuse.recordInto(runtime, opi, iocEnv, inputs, generated, templatesRead, waits);
                runtime.commit();
                commitOpi(opi, generated.opi().map(o -> o.opiFiles().size()).orElse(0));
            }
        } catch (IOException e) {
            throw failure("writing the runtime folder", paths.runtimeDir(), e);
        }
        return waits;
    }

    private StagedDirectory stageOpi(RuntimeFolderBuilder builder, GeneratedFiles generated) throws StartFailure {
        log.begin();
        StagedDirectory opi = null;
        try {
            opi = StagedDirectory.open(paths.opiDir());
            builder.publishOpi(generated, opi, "");
            return opi;
        } catch (IOException e) {
            if (opi != null) {
                opi.close();
            }
            throw failure("publishing OPI screens", paths.opiDir(), e);
        }
    }

    private void commitOpi(StagedDirectory opi, int screens) throws StartFailure {
        try {
            opi.commit();
            log.done("published " + screens + " OPI screens");
        } catch (IOException e) {
            throw failure("publishing OPI screens", paths.opiDir(), e);
        }
    }

    private void prepareHandWritten(Map<String, String> iocEnv) throws StartFailure {
        try (StagedDirectory runtime = StagedDirectory.open(paths.runtimeDir())) {
            builder(iocEnv).buildHandWritten(runtime);
            runtime.commit();
        } catch (IOException e) {
            throw failure("writing the runtime folder", paths.runtimeDir(), e);
        }
        clear(paths.opiDir(), "OPI");
    }

    private List<WaitTarget> waitTargets(GeneratedFiles generated) throws StartFailure {
        List<WaitTarget> targets = new ArrayList<>();
        for (WaitIp w : WaitIp.in(generated.entities())) {
            String address = String.valueOf(w.address());
            try {
                targets.add(WaitTarget.parse(String.valueOf(w.device()), address, Integer.parseInt(String.valueOf(w.timeout()))));
            } catch (IllegalArgumentException bad) {
                throw new StartFailure("reading the hardware wait list", List.of(Problem.error(w.position(),
                        bad.getMessage(), "address must be ip:port and timeout a whole number of seconds")));
            }
            if (address.lastIndexOf(':') < 0) {
                log.info("warning: " + w.device() + " address has no port, using " + WaitTarget.DEFAULT_PORT);
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
            new ProblemPrinter(log.writer()).print(warnings);
            log.writer().flush();
        }
    }

    private static StartFailure failure(String step, Path where, IOException e) {
        return new StartFailure(step, List.of(Problem.error(SourcePosition.unknown(where),
                e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage())));
    }
}
