package org.iocrun.hardening;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code iocrun start} in a container with a read-only root filesystem: in a private mount namespace
 * ({@code unshare -m}) the whole root, EPICS_ROOT and its config folder included, is remounted read-only and only
 * the runtime and OPI volumes are writable bind mounts; the autosave volume is a read-only bind mount, so any write
 * or delete there would fail the run. We run as root, where permission bits stop nothing, hence real read-only
 * mounts rather than chmod; the test is skipped where mount namespaces are not allowed.
 */
class ReadOnlyFilesystemTest {

    @TempDir
    Path sandbox;

    @BeforeAll
    static void mountNamespacesWork() throws Exception {
        Process p = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount -o remount,bind,ro / && true").redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                "mount namespaces are not available: " + new String(p.getInputStream().readAllBytes()));
    }

    @Test
    void startsWithOnlyTheVolumesWritable() throws Exception {
        CrashConsistencyTest.Fixture fixture = new CrashConsistencyTest.Fixture(sandbox.resolve("epics"));
        fixture.write();
        Files.writeString(fixture.config.resolve("ioc.yaml"), CrashConsistencyTest.Fixture.INSTANCE_A);
        Files.writeString(fixture.config.resolve("extra.db"), "record(ai, \"X\") {}\n");
        Files.writeString(fixture.config.resolve("positions.req"), "$(P)VALUE\n");
        Files.createDirectories(fixture.runtime);
        Files.createDirectories(fixture.opi);
        Path runtimeVolume = Files.createDirectories(sandbox.resolve("volumes/runtime"));
        Path opiVolume = Files.createDirectories(sandbox.resolve("volumes/opi"));
        Files.writeString(runtimeVolume.resolve("stale.db"), "from the last boot");
        Path autosaveVolume = Files.createDirectories(sandbox.resolve("volumes/autosave"));
        Files.writeString(autosaveVolume.resolve("ioc.sav"), "saved values");
        Map<String, String> before = tree(sandbox, List.of(runtimeVolume, opiVolume));

        String java = ProcessHandle.current().info().command().orElse("java");
        String script = String.join(" && ",
                "mount --bind " + runtimeVolume + " " + fixture.runtime,
                "mount --bind " + opiVolume + " " + fixture.opi,
                "mount --bind " + autosaveVolume + " " + autosaveVolume,
                "mount -o remount,bind,ro " + autosaveVolume,
                "mount -o remount,bind,ro /",
                "exec \"$0\" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -cp \"$1\" org.iocrun.cli.Main start");
        ProcessBuilder builder = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c", script,
                java, System.getProperty("java.class.path")).redirectErrorStream(true);
        builder.environment().put("EPICS_ROOT", fixture.root.toString());
        builder.environment().put("IOCRUN_IOC_BINARY", "/bin/true");
        builder.environment().put("IOCRUN_ERROR_DELAY", "0");
        builder.environment().put("IBEK_DO_WAIT_DISABLE", "true");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);

        assertEquals(before, tree(sandbox, List.of(runtimeVolume, opiVolume)),
                "written outside the runtime and OPI volumes (config, EPICS_ROOT or the autosave volume)");
        Map<String, String> runtime = CrashConsistencyTest.snapshot(runtimeVolume);
        assertTrue(runtime.keySet().containsAll(List.of("st.cmd", "ioc.subst", "ioc.db", "db/extra.db")), runtime.keySet().toString());
        assertFalse(runtime.containsKey("stale.db"));
        assertTrue(CrashConsistencyTest.snapshot(opiVolume).containsKey("index.bob"));
    }

    /** Every path under {@code dir} except the given subtrees, with size and modification time. */
    private static Map<String, String> tree(Path dir, List<Path> except) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(p -> except.stream().noneMatch(p::startsWith)).toList()) {
                files.put(dir.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                        : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return files;
    }
}
