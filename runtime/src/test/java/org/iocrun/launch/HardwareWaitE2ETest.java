package org.iocrun.launch;

import org.iocrun.testing.EpicsRootLayout;
import org.iocrun.testing.FreePorts;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.iocrun.launch.SampleIocE2ETest.INIT_COMPLETE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code ibek.wait_ip} (from runtime.yaml, appended to the sample's ioc.yaml): the IOC starts only once the
 * device's TCP port answers; a port that stays closed fails after the entity's timeout.
 */
class HardwareWaitE2ETest {

    static final String IOC_NAME = "bl01t-ea-wait-01";
    static final String DEVICE = "simdevice-controller";

    @TempDir
    Path dir;
    /** Stops the IOC and the launcher after each test. */
    @AutoClose
    LaunchTestbed testbed;

    /** The sample instance plus a runtime.yaml that waits for {@code 127.0.0.1:port}. */
    EpicsRootLayout waitingInstance(int port, int timeoutSeconds) {
        return testbed.layout().installSampleConfig("sim-ioc").writeConfig("runtime.yaml", """
                ioc_name: "{{ _global.get_env('IOC_NAME') }}"
                description: the hardware this IOC needs
                entities:
                  - type: ibek.wait_ip
                    device: %s
                    address: 127.0.0.1:%d
                    timeout: %d
                """.formatted(DEVICE, port, timeoutSeconds));
    }

    @Test
    void theIocStartsOnceTheDevicePortListens() throws Exception {
        testbed = LaunchTestbed.withIoc(dir, IOC_NAME);
        int port = FreePorts.tcp();
        EpicsRootLayout layout = waitingInstance(port, 30);

        IocrunStart ioc = testbed.start();
        ioc.awaitOutput("127.0.0.1:" + port, Duration.ofSeconds(20));
        Thread.sleep(700);
        assertFalse(ioc.output().contains(INIT_COMPLETE), "the IOC must not start before the device answers");
        assertFalse(Files.exists(layout.waitMarker()), "not ready while waiting");

        try (ServerSocket device = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            ioc.awaitOutput(INIT_COMPLETE, Duration.ofSeconds(30));
        }
        assertTrue(Files.exists(layout.waitMarker()), "the readiness marker follows the wait");
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(Duration.ofSeconds(10)));
    }

    @Test
    void aClosedPortFailsAfterTheTimeout() throws Exception {
        testbed = LaunchTestbed.withoutIoc(dir, IOC_NAME);
        int port = FreePorts.tcp();
        int timeoutSeconds = 1;
        EpicsRootLayout layout = waitingInstance(port, timeoutSeconds);

        IocrunStart launcher = testbed.start();
        int exit = launcher.awaitExit(Duration.ofSeconds(20));

        String output = launcher.output();
        assertAll(
                () -> assertEquals(1, exit, output),
                () -> assertTrue(launcher.elapsed().toMillis() >= timeoutSeconds * 1000L, "waited the timeout"),
                () -> assertTrue(output.contains(DEVICE) && output.contains("127.0.0.1:" + port), output),
                () -> assertFalse(Files.exists(layout.waitMarker()), "no readiness marker after a failed wait"));
    }

    @Test
    void theWaitIsSkippedWhenDisabled() throws Exception {
        testbed = LaunchTestbed.withoutIoc(dir, IOC_NAME);
        EpicsRootLayout layout = waitingInstance(FreePorts.tcp(), 0);

        // IOCRUN_IOC_BINARY: /bin/true stands in for the IOC, so exit code 0 proves the launcher got to exec
        IocrunStart launcher = testbed.start(Map.of("IBEK_DO_WAIT_DISABLE", "true", "IOCRUN_IOC_BINARY", "/bin/true"));
        int exit = launcher.awaitExit(Duration.ofSeconds(20));

        assertEquals(0, exit, "a wait without timeout on a closed port would never end:\n" + launcher.output());
        assertFalse(Files.exists(layout.waitMarker()), "as with ibek, no do-wait means no marker");
    }
}
