package org.iocrun.launch;

import org.iocrun.testing.CaTools;
import org.iocrun.testing.ChannelAccessClient;
import org.iocrun.testing.EpicsRootLayout;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample instance (samples/instances/sim-ioc) booted by {@code iocrun start} on a real IOC: the PVs prove that
 * the generated st.cmd (env vars, pre-init), ioc.db (template macros) and the post-init commands took effect; the
 * process is the IOC itself and ends with exit code 0 on {@code exit}.
 */
class SampleIocE2ETest {

    static final String IOC_NAME = "bl01t-ea-sim-01";
    static final String INIT_COMPLETE = "iocRun: All initialization complete";
    /** iocsh's prompt: printed once st.cmd, post-init commands included, has run. */
    static final String PROMPT = "epics> ";

    // the inputs in samples/instances/sim-ioc/config/ioc.yaml
    static final double SIM1_GAIN = 2.5;
    static final double SIM1_OFFSET = 1;
    static final double SIM1_POST_INIT_SETPOINT = 4;
    static final double SIM2_GAIN = -1;
    static final double SIM2_INITIAL = 7;

    @TempDir
    Path dir;
    /** Stops the IOC and the launcher after each test. */
    @AutoClose
    LaunchTestbed testbed;

    @Test
    void theSampleInstanceRunsOnARealIocAndExitsOnExit() throws Exception {
        testbed = LaunchTestbed.withIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout().installSampleConfig("sim-ioc");
        layout.write(layout.support().resolve("configure/protocol/simdevice.proto"), "Terminator = LF;\n");
        layout.writeConfig("instance.proto", "Terminator = CR;\n");
        String p = layout.pvPrefix();

        IocrunStart ioc = testbed.start();
        Duration initComplete = ioc.awaitOutput(INIT_COMPLETE, Duration.ofSeconds(30));
        System.out.println("e2e: iocrun start -> iocInit complete in " + initComplete.toMillis() + " ms (sim-ioc)");
        ioc.awaitOutput(PROMPT, Duration.ofSeconds(10));

        assertEquals(layout.root().resolve("ioc/bin/linux-x86_64/ioc").toRealPath(), ioc.executable().orElseThrow(),
                "the started PID runs the IOC binary (execve)");
        assertEquals(List.of(), ioc.descendants(), "nothing runs below the IOC: no JVM waits for it");

        ChannelAccessClient ca = testbed.channelAccess();
        assertAll("values set by st.cmd, ioc.db and the post-init commands",
                () -> assertEquals(SIM1_POST_INIT_SETPOINT * SIM1_GAIN + SIM1_OFFSET, ca.getDouble(p + ":SIM1:READBACK"),
                        "epics.dbpf after iocInit drove SIM1 through the calc with the instance's gain and offset"),
                () -> assertEquals(SIM2_INITIAL * SIM2_GAIN, ca.getDouble(p + ":SIM2:READBACK"),
                        "ioc.db macros: SIM2's initial setpoint and gain"),
                () -> assertEquals("running", ca.getString(p + ":SIM1:STATE"), "the model's post_init dbpf"),
                () -> assertEquals("hello from " + IOC_NAME, ca.getString(p + ":SIM2:STATE"),
                        "PostStartupCommand, after the model's post_init, expanding epics.EpicsEnvSet's variable"),
                () -> assertEquals("sim1", ca.getString(p + ":SIM1:NAME"),
                        "pre_init dbLoadRecords found through $(SIMDEVICE) from RELEASE.shell"),
                () -> assertEquals("mm", ca.getString(p + ":SIM1:UNITS"), "the model's env var, expanded by iocsh"),
                () -> assertEquals("degrees", ca.getString(p + ":SIM2:UNITS"), "the model's env var, expanded by iocsh"));

        ca.put(p + ":SIM1:SETPOINT", 2);
        assertEquals(2 * SIM1_GAIN + SIM1_OFFSET, ca.getDouble(p + ":SIM1:READBACK"), "a CA put is processed");

        double uptime = ca.getDouble(p + ":UPTIME");
        ca.awaitDouble(p + ":UPTIME", value -> value > uptime, Duration.ofSeconds(3));
        CaTools.Result probe = testbed.caget(p + ":UPTIME");
        assertEquals(0, probe.exitCode(), "the liveness probe's caget: " + probe.stderr());
        assertTrue(Double.parseDouble(probe.stdout().strip()) >= uptime, "UPTIME counts up: " + probe.stdout());

        assertAll("the folders the launcher prepared",
                () -> assertEquals(List.of("instance.proto", "simdevice.proto"),
                        EpicsRootLayout.list(layout.runtimeDir().resolve("protocol")),
                        "support protocols copied, then the config folder's placed beside them"),
                () -> assertTrue(EpicsRootLayout.list(layout.runtimeDir()).containsAll(
                        List.of("ioc.db", "ioc.subst", "simdevice.pvi.template", "st.cmd")), "runtime files"),
                () -> assertEquals(List.of("index.bob", "simdevice.pvi.bob"), EpicsRootLayout.list(layout.opiDir())),
                () -> assertTrue(Files.exists(layout.waitMarker()), "the do-wait readiness marker"),
                () -> assertTrue(Files.readString(layout.runtimeDir().resolve("st.cmd")).contains("$(SIMDEVICE)/db/"),
                        "st.cmd keeps $(SIMDEVICE) for iocsh: SIM1:NAME above proves the IOC's environment has it"));

        ca.close(); // before the IOC goes: CAJ logs channels whose server vanished as SEVERE
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(Duration.ofSeconds(10)), "exit on the IOC shell ends it with epicsExit(0)");
    }
}
