package org.iocrun.launch;

import org.iocrun.generation.GeneratedFiles;
import org.iocrun.launch.folders.StagedDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A start's decision between generating and using the runtime set the folders show: the set is used when its
 * record ({@link RuntimeSetRecordFile}) says every input is as it was and every output as written
 * ({@link RuntimeSetCheck}). {@code IOCRUN_REGENERATE=always} always generates; a missing, damaged or foreign
 * record means generating, never a failure. Either way one log line says which, and why.
 */
final class RuntimeSetReuse {

    static final String VARIABLE = "IOCRUN_REGENERATE";

    private final EpicsPaths paths;
    private final RuntimeSetStamp stamp;
    private final Map<String, String> env;
    private final StepLog log;

    RuntimeSetReuse(EpicsPaths paths, RuntimeSetStamp stamp, Map<String, String> env, StepLog log) {
        this.paths = paths;
        this.stamp = stamp;
        this.env = env;
        this.log = log;
    }

    /** The hardware to wait for when the set is current (and says so), or empty after saying why to generate. */
    Optional<List<WaitTarget>> currentSet(Map<String, String> iocEnv) {
        log.begin();
        boolean earlierSet = RuntimeSetRecordFile.present(paths.runtimeDir());
        return switch (verdict(iocEnv, earlierSet)) {
            case RuntimeSetCheck.Current current -> {
                RuntimeSetRecord record = current.record();
                log.done("runtime set current (generated " + record.generatedAt().truncatedTo(ChronoUnit.SECONDS)
                        + " by " + record.generatedBy() + "), skipping generation; checked");
                yield Optional.of(record.waits());
            }
            case RuntimeSetCheck.Stale stale -> {
                log.info((earlierSet ? "regenerating: " : "generating: ") + stale.reason());
                yield Optional.empty();
            }
        };
    }

    private RuntimeSetCheck.Verdict verdict(Map<String, String> iocEnv, boolean earlierSet) {
        if ("always".equals(env.get(VARIABLE))) {
            return new RuntimeSetCheck.Stale(VARIABLE + "=always");
        }
        if (stamp.build().isEmpty()) {
            return new RuntimeSetCheck.Stale("iocrun runs from classes, not a jar, so its build cannot be compared");
        }
        if (!earlierSet) {
            return new RuntimeSetCheck.Stale("no runtime set of an earlier start");
        }
        Optional<RuntimeSetRecord> record = RuntimeSetRecordFile.read(paths.runtimeDir());
        if (record.isEmpty()) {
            return new RuntimeSetCheck.Stale("the runtime set's record is damaged or of another iocrun");
        }
        // a new container's autosave folder has only the image's files: the links go back first, as at every boot
        AutosaveLinks.restore(record.get().autosaveLinks(), paths.autosave(), paths.configDir());
        return check(iocEnv).check(record.get());
    }

    private RuntimeSetCheck check(Map<String, String> iocEnv) {
        return new RuntimeSetCheck(stamp.build().orElseThrow(), StartInputs.options(paths), iocEnv,
                paths.configDir(), paths.runtimeDir(), paths.opiDir());
    }

    /**
     * Writes what this generation read and wrote into the runtime set being made (the OPI set is made too, not yet
     * switched in), for the next start to compare; nothing when this build cannot reuse a set.
     */
    void recordInto(StagedDirectory runtime, StagedDirectory opi, Map<String, String> iocEnv, GenerationInputs inputs,
                    GeneratedFiles generated, List<Path> templatesRead, List<WaitTarget> waits) throws IOException {
        if (stamp.build().isEmpty()) {
            return;
        }
        InputsRecorder read = StartInputs.of(paths, iocEnv, inputs, generated, templatesRead, runtime.path());
        RuntimeSetRecord record = new RuntimeSetRecord(stamp.build().get(), Instant.now(), stamp.startedBy(),
                StartInputs.options(paths), read.environment(), read.files(), read.folders(),
                SetOutputs.of(runtime.path()), SetOutputs.of(opi.path()),
                AutosaveLinks.of(paths.autosave(), paths.support(), paths.configDir()), waits);
        runtime.write(RuntimeSetRecordFile.NAME, RuntimeSetRecordFile.encode(record).getBytes(StandardCharsets.UTF_8));
    }
}
