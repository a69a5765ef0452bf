package org.iocrun.launch;

import org.iocrun.testing.EpicsRootLayout;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Failures of {@code iocrun start}: exit code 1 after IOCRUN_ERROR_DELAY, a message naming the spot, no IOC. */
class LaunchFailureE2ETest {

    static final String IOC_NAME = "bl01t-ea-fail-01";
    /** A JVM start and a failing generation take well under this on the 2-core CI machine. */
    static final Duration LAUNCHER_SLACK = Duration.ofSeconds(15);
    /** The delay when IOCRUN_ERROR_DELAY is not set (start.sh's sleep 10). */
    static final int DEFAULT_DELAY_SECONDS = 10;

    @TempDir
    Path dir;
    /** Stops the IOC and the launcher after each test. */
    @AutoClose
    LaunchTestbed testbed;

    @ParameterizedTest(name = "IOCRUN_ERROR_DELAY={0}")
    @ValueSource(ints = {0, 2})
    void anEmptyConfigFolderFailsAfterTheErrorDelay(int delaySeconds) throws Exception {
        testbed = LaunchTestbed.withoutIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout();

        IocrunStart launcher = testbed.start(Map.of("IOCRUN_ERROR_DELAY", String.valueOf(delaySeconds)));
        int exit = launcher.awaitExit(Duration.ofSeconds(delaySeconds).plus(LAUNCHER_SLACK));
        Duration elapsed = launcher.elapsed();

        String output = launcher.output();
        assertAll(
                () -> assertEquals(1, exit, output),
                () -> assertTrue(elapsed.compareTo(Duration.ofSeconds(delaySeconds)) >= 0,
                        "exited after " + elapsed.toMillis() + " ms, before the " + delaySeconds + " s delay"),
                () -> assertTrue(elapsed.compareTo(Duration.ofSeconds(delaySeconds + DEFAULT_DELAY_SECONDS)) < 0,
                        "exited after " + elapsed.toMillis() + " ms: the default delay was added to the one asked for"),
                () -> assertTrue(output.contains(layout.configDir().toString()), "names the folder:\n" + output),
                () -> assertTrue(output.contains("ioc.yaml"), "says what the folder should hold:\n" + output));
    }

    @Test
    void aBadIocYamlNamesFileLineAndColumnAndLeavesThePreviousRuntime() throws Exception {
        testbed = LaunchTestbed.withoutIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout().installSampleConfig("sim-ioc");
        Path iocYaml = layout.configDir().resolve("ioc.yaml");
        List<String> lines = Files.readAllLines(iocYaml);
        int typo = lines.indexOf("    gain: 2.5");
        lines.set(typo, "    gian: 2.5");
        Files.write(iocYaml, lines);
        String previousStCmd = "# st.cmd of the previous, working boot\n";
        layout.write(layout.runtimeDir().resolve("st.cmd"), previousStCmd);
        layout.write(layout.opiDir().resolve("index.bob"), "<display/>\n");

        IocrunStart launcher = testbed.start();
        int exit = launcher.awaitExit(LAUNCHER_SLACK);

        String output = launcher.output();
        String position = iocYaml + ":" + (typo + 1) + ":" + (lines.get(typo).indexOf("gian") + 1);
        assertAll(
                () -> assertEquals(1, exit, output),
                () -> assertTrue(output.contains(position), "expected " + position + " in:\n" + output),
                () -> assertTrue(output.contains("gian"), output),
                () -> assertEquals(List.of("st.cmd"), EpicsRootLayout.list(layout.runtimeDir())),
                () -> assertEquals(previousStCmd, Files.readString(layout.runtimeDir().resolve("st.cmd")),
                        "a failed generation leaves the previous runtime files"),
                () -> assertEquals(List.of("index.bob"), EpicsRootLayout.list(layout.opiDir())));
    }
}
