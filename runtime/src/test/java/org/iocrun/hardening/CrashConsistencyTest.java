package org.iocrun.hardening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Kills {@code iocrun start} (a real JVM, SIGKILL) at random moments while it generates and publishes, alternating
 * between two instances whose runtime and OPI sets differ in names and contents. After every kill each folder
 * must resolve to exactly the complete previous set or the complete new set; every few trials a restart runs to
 * the end and must leave exactly the new set and no switching leftovers.
 */
class CrashConsistencyTest {

    private static final int TRIALS = Integer.getInteger("iocrun.crashTrials", 100);
    private static final int RESTART_EVERY = 10;

    private static final String SUPPORT = """
            module: dev
            entity_models:
              - name: Box
                description: a box
                parameters:
                  name: {type: id, description: id}
                  P: {type: str, description: prefix}
                pre_init:
                  - value: boxConfigure({{ name }})
                databases:
                  - file: box.template
                    args: {P: , name: }
                pvi:
                  yaml_path: box.pvi.device.yaml
                  ui_index: true
                  ui_macros: {P: }
              - name: Gauge
                description: a gauge
                parameters:
                  name: {type: id, description: id}
                  P: {type: str, description: prefix}
                databases:
                  - file: gauge.template
                    args: {P: , name: }
                pvi:
                  yaml_path: gauge.pvi.device.yaml
                  ui_index: true
                  ui_macros: {P: }
            """;

    @TempDir
    Path root;

    @Test
    void everyKillLeavesTheOldOrTheNewSetAndARestartSucceeds() throws Exception {
        Fixture fixture = new Fixture(root);
        fixture.write();
        Sets a = fixture.runToEnd(Fixture.INSTANCE_A);
        long fullRun = fixture.lastRunMillis;
        Sets b = fixture.runToEnd(Fixture.INSTANCE_B);
        assertNotEquals(a.runtime().keySet(), b.runtime().keySet(), "the two instances must differ in file names");
        assertNotEquals(a.opi().keySet(), b.opi().keySet(), "the two instances must differ in screens");

        Random random = new Random(Long.getLong("iocrun.crashSeed", System.nanoTime()));
        Map<String, String> runtimeBefore = b.runtime();
        Map<String, String> opiBefore = b.opi();
        int[] outcomes = new int[3];
        for (int trial = 0; trial < TRIALS; trial++) {
            boolean toA = trial % 2 == 0;
            Sets target = toA ? a : b;
            long delay = (long) (random.nextDouble() * fullRun * 1.1);
            boolean finished = fixture.startAndKill(toA ? Fixture.INSTANCE_A : Fixture.INSTANCE_B, delay);
            Map<String, String> runtimeAfter = snapshot(fixture.runtime);
            Map<String, String> opiAfter = snapshot(fixture.opi);
            String at = "trial " + trial + " killed after " + delay + " ms";
            assertTrue(runtimeAfter.equals(runtimeBefore) || runtimeAfter.equals(target.runtime()),
                    at + ": runtime folder is a mix: " + runtimeAfter.keySet());
            assertTrue(opiAfter.equals(opiBefore) || opiAfter.equals(target.opi()),
                    at + ": OPI folder is a mix: " + opiAfter.keySet());
            outcomes[finished ? 2 : runtimeAfter.equals(target.runtime()) ? 1 : 0]++;
            if (trial % RESTART_EVERY == RESTART_EVERY - 1) {
                Sets restarted = fixture.runToEnd(toA ? Fixture.INSTANCE_A : Fixture.INSTANCE_B);
                assertEquals(target, restarted, at + ": the restart did not produce the new set");
                assertEquals(List.of(".iocrun-current", "set"), hiddenKinds(fixture.runtime), "runtime leftovers");
                assertEquals(List.of(".iocrun-current", "set"), hiddenKinds(fixture.opi), "OPI leftovers");
            }
            runtimeBefore = snapshot(fixture.runtime);
            opiBefore = snapshot(fixture.opi);
        }
        System.out.printf("crash consistency: %d kills (full run %d ms): %d left the old runtime set, %d the new,"
                + " %d finished before the kill%n", TRIALS, fullRun, outcomes[0], outcomes[1], outcomes[2]);
    }

    /** What each visible name resolves to: relative path to content; dangling links and .iocrun-* are not content. */
    static Map<String, String> snapshot(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> top = Files.list(dir)) {
            for (Path entry : top.toList()) {
                if (entry.getFileName().toString().startsWith(".iocrun-") || !Files.exists(entry)) {
                    continue;
                }
                try (Stream<Path> walk = Files.walk(entry, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                    for (Path p : walk.filter(Files::isRegularFile).toList()) {
                        files.put(dir.relativize(p).toString(), Files.readString(p));
                    }
                }
            }
        }
        return files;
    }

    private static List<String> hiddenKinds(Path dir) throws IOException {
        try (Stream<Path> top = Files.list(dir)) {
            return top.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".iocrun-"))
                    .map(n -> n.startsWith(".iocrun-set-") ? "set" : n).sorted().toList();
        }
    }

    record Sets(Map<String, String> runtime, Map<String, String> opi) {
    }

    /** A container-like EPICS_ROOT and the {@code iocrun start} process run on it. */
    static final class Fixture {

        static final String INSTANCE_A = entities("A", 40, false);
        static final String INSTANCE_B = entities("B", 60, true);

        final Path root;
        final Path config;
        final Path runtime;
        final Path opi;
        long lastRunMillis;

        Fixture(Path root) {
            this.root = root;
            this.config = root.resolve("ioc/config");
            this.runtime = root.resolve("runtime");
            this.opi = root.resolve("opi");
        }

        void write() throws IOException {
            Files.createDirectories(config);
            Files.createDirectories(root.resolve("ibek-defs"));
            Files.createDirectories(root.resolve("pvi-defs"));
            Files.createDirectories(root.resolve("support/dev/db"));
            Files.writeString(root.resolve("ibek-defs/dev.ibek.support.yaml"), SUPPORT);
            Files.writeString(root.resolve("support/dev/db/box.template"),
                    "record(ai, \"$(P)VALUE\") { field(DESC, \"$(name)\") }\n".repeat(20));
            Files.writeString(root.resolve("support/dev/db/gauge.template"), "record(ao, \"$(P)SET\") {}\n");
            Files.createDirectories(root.resolve("support/configure/protocol"));
            for (int i = 0; i < 5; i++) {
                Files.writeString(root.resolve("support/configure/protocol/dev" + i + ".proto"), "Terminator = LF;\n");
            }
            for (String device : List.of("box", "gauge")) {
                Files.writeString(root.resolve("pvi-defs/" + device + ".pvi.device.yaml"), """
                        label: %s
                        children:
                          - type: SignalR
                            name: Value
                            read_pv: $(P)VALUE
                            read_widget:
                              type: TextRead
                        """.formatted(device));
            }
        }

        private static String entities(String prefix, int count, boolean gauges) {
            StringBuilder yaml = new StringBuilder("ioc_name: crash" + prefix + "\ndescription: d\nentities:\n");
            for (int i = 0; i < count; i++) {
                String type = gauges && i % 2 == 1 ? "dev.Gauge" : "dev.Box";
                yaml.append("  - {type: ").append(type).append(", name: ").append(prefix).append(i)
                        .append(", P: '").append(prefix).append(i).append(":'}\n");
            }
            return yaml.toString();
        }

        Sets runToEnd(String instance) throws Exception {
            long start = System.nanoTime();
            Process p = start(instance);
            assertTrue(p.waitFor(60, TimeUnit.SECONDS), "iocrun start did not finish");
            lastRunMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            String output = new String(p.getInputStream().readAllBytes());
            if (p.exitValue() != 0) {
                fail("iocrun start failed (" + p.exitValue() + "):\n" + output);
            }
            return new Sets(snapshot(runtime), snapshot(opi));
        }

        /** Returns whether the process ended by itself before the kill. */
        boolean startAndKill(String instance, long delayMillis) throws Exception {
            Process p = start(instance);
            boolean finished = p.waitFor(delayMillis, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();
                p.waitFor(30, TimeUnit.SECONDS);
            }
            return finished;
        }

        private Process start(String instance) throws IOException {
            Files.writeString(config.resolve("ioc.yaml"), instance);
            // only instance B places files from the config folder, so the runtime sets differ in names too
            for (String placed : List.of("extra.db", "extra.proto")) {
                if (instance.equals(INSTANCE_B)) {
                    Files.writeString(config.resolve(placed), "placed " + placed + "\n");
                } else {
                    Files.deleteIfExists(config.resolve(placed));
                }
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                    "-cp", System.getProperty("java.class.path"), "org.iocrun.cli.Main", "start"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            Map<String, String> env = builder.environment();
            env.put("EPICS_ROOT", root.toString());
            env.put("IOCRUN_IOC_BINARY", "/bin/true");
            env.put("IOCRUN_ERROR_DELAY", "0");
            env.put("IBEK_DO_WAIT_DISABLE", "true");
            env.remove("RUNTIME_DIR");
            env.remove("CONFIG_DIR");
            env.remove("IOC");
            env.remove("SUPPORT");
            return builder.start();
        }
    }
}
