package org.iocrun.launch;

import org.iocrun.testing.ChannelAccessClient;
import org.iocrun.testing.EpicsRootLayout;
import org.iocrun.testing.Samples;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.iocrun.launch.SampleIocE2ETest.PROMPT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The config folder's branches in start.sh's precedence (start.sh > ioc.yaml > hand-written st.cmd), each on the
 * real launcher process, and the stale-file hazard of a runtime folder that survives restarts.
 */
class LaunchBranchesE2ETest {

    static final String IOC_NAME = "bl01t-ea-branch-01";
    static final Duration BOOT = Duration.ofSeconds(30);
    static final Duration EXIT = Duration.ofSeconds(10);
    static final int SIGTERM = 15;

    /** A minimal hand-written st.cmd: iocsh expands $(IOC) and $(RUNTIME_DIR) from the launcher's environment. */
    static final String MINIMAL_ST_CMD = """
            cd "$(IOC)"
            dbLoadDatabase dbd/ioc.dbd
            ioc_registerRecordDeviceDriver pdbbase
            dbLoadRecords("$(RUNTIME_DIR)/ioc.db")
            iocInit
            """;

    @TempDir
    Path dir;
    /** Stops the IOC and the launcher after each test. */
    @AutoClose
    LaunchTestbed testbed;

    @Test
    void aStartScriptWinsOverIocYamlAndStCmdAndGetsTheLauncherEnvironment() throws Exception {
        testbed = LaunchTestbed.withoutIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout().installSampleConfig("sim-ioc");
        Files.copy(Samples.instanceConfig("sim-handwritten").resolve("st.cmd"), layout.configDir().resolve("st.cmd"));
        Path report = layout.root().resolve("start-sh-report.txt");
        layout.writeConfig("start.sh", """
                {
                  echo "pid=$$"
                  echo "CONFIG_DIR=$CONFIG_DIR"
                  echo "RUNTIME_DIR=$RUNTIME_DIR"
                  echo "SIMDEVICE=$SIMDEVICE"
                } > "$EPICS_ROOT/start-sh-report.txt"
                exit 3
                """);
        layout.write(layout.runtimeDir().resolve("st.cmd"), "# from an earlier boot\n");

        IocrunStart launcher = testbed.start();
        int exit = launcher.awaitExit(EXIT);

        assertEquals(3, exit, "start.sh's exit code is the container's: bash replaced the launcher\n" + launcher.output());
        Map<String, String> seen = Files.readAllLines(report).stream()
                .collect(Collectors.toMap(l -> l.substring(0, l.indexOf('=')), l -> l.substring(l.indexOf('=') + 1)));
        assertAll("what start.sh saw",
                () -> assertEquals(String.valueOf(launcher.pid()), seen.get("pid"), "bash runs in the launcher's PID (exec)"),
                () -> assertEquals(layout.configDir().toString(), seen.get("CONFIG_DIR")),
                () -> assertEquals(layout.runtimeDir().toString(), seen.get("RUNTIME_DIR")),
                () -> assertEquals(layout.support().resolve("simdevice").toString(), seen.get("SIMDEVICE"),
                        "RELEASE.shell's exports reach start.sh"));
        assertEquals(List.of(), EpicsRootLayout.list(layout.runtimeDir()),
                "nothing generated from ioc.yaml, and the earlier boot's st.cmd is gone");
    }

    @Test
    void iocYamlWinsOverHandWrittenFiles() throws Exception {
        testbed = LaunchTestbed.withIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout().installSampleConfig("sim-ioc");
        Path handWritten = Samples.instanceConfig("sim-handwritten");
        Files.copy(handWritten.resolve("st.cmd"), layout.configDir().resolve("st.cmd"));
        Files.copy(handWritten.resolve("ioc.subst"), layout.configDir().resolve("ioc.subst"));

        IocrunStart ioc = testbed.start();
        ioc.awaitOutput(PROMPT, BOOT);

        String stCmd = Files.readString(layout.runtimeDir().resolve("st.cmd"));
        assertNotEquals(Files.readString(handWritten.resolve("st.cmd")), stCmd, "the generated st.cmd runs");
        assertTrue(stCmd.contains("dbLoadRecords " + layout.runtimeDir().resolve("ioc.db")), stCmd);
        assertFalse(Files.readString(layout.runtimeDir().resolve("ioc.db")).contains("SIM-HANDWRITTEN"),
                "ioc.db comes from the generated ioc.subst");
        ChannelAccessClient ca = testbed.channelAccess();
        assertEquals("running", ca.getString(layout.pvPrefix() + ":SIM1:STATE"), "the instance's records are served");

        ca.close();
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(EXIT));
    }

    @Test
    void handWrittenFilesRunAndSigtermStopsTheIoc() throws Exception {
        testbed = LaunchTestbed.withIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout().installSampleConfig("sim-handwritten");

        IocrunStart ioc = testbed.start();
        ioc.awaitOutput(PROMPT, BOOT);

        ChannelAccessClient ca = testbed.channelAccess();
        assertAll("the hand-written st.cmd and the ioc.db expanded from the hand-written ioc.subst",
                // ioc.subst: GAIN 10, OFFSET 0.5; st.cmd: dbpf SETPOINT 3 and STATE after iocInit
                () -> assertEquals(3 * 10 + 0.5, ca.getDouble("SIM-HANDWRITTEN:SIM1:READBACK")),
                () -> assertEquals("hand-written", ca.getString("SIM-HANDWRITTEN:SIM1:STATE")),
                () -> assertEquals(List.of("ioc.db", "ioc.subst", "st.cmd"), EpicsRootLayout.list(layout.runtimeDir())),
                () -> assertEquals(List.of(), EpicsRootLayout.list(layout.opiDir()), "no screens for hand-written IOCs"));
        assertEquals(layout.root().resolve("ioc/bin/linux-x86_64/ioc").toRealPath(), ioc.executable().orElseThrow(),
                "the started PID is the IOC");

        ca.close();
        ioc.terminate();
        assertEquals(128 + SIGTERM, ioc.awaitExit(EXIT),
                "SIGTERM reaches the IOC itself, whose default action ends it (no JVM shutdown in between)");
    }

    @Test
    void staleFilesOfAnEarlierBootAreGone() throws Exception {
        testbed = LaunchTestbed.withIoc(dir, IOC_NAME);
        EpicsRootLayout layout = testbed.layout();
        String ownDb = "record(stringin, \"E2E:DB:SOURCE\") {\n    field(VAL, \"config ioc.db\")\n}\n";
        layout.writeConfig("st.cmd", MINIMAL_ST_CMD).writeConfig("ioc.db", ownDb);
        // what an earlier ioc.yaml boot left in the persistent runtime volume: start.sh would expand this
        // ioc.subst over the copied ioc.db
        layout.write(layout.runtimeDir().resolve("ioc.subst"),
                "file \"heartbeat.template\" {\npattern\n{ IOC }\n{ STALE }\n}\n");
        layout.write(layout.runtimeDir().resolve("wait_list.yaml"), "# stale\n");
        layout.write(layout.runtimeDir().resolve("protocol/old.proto"), "# stale\n");
        layout.write(layout.opiDir().resolve("old.pvi.bob"), "<display/>\n");
        Object runtimeKey = Files.readAttributes(layout.runtimeDir(), "unix:ino").get("ino");

        IocrunStart ioc = testbed.start();
        ioc.awaitOutput(PROMPT, BOOT);

        assertAll("only this boot's files",
                () -> assertEquals(List.of("ioc.db", "st.cmd"), EpicsRootLayout.list(layout.runtimeDir())),
                () -> assertEquals(ownDb, Files.readString(layout.runtimeDir().resolve("ioc.db")),
                        "the config's ioc.db, not one regenerated from the stale ioc.subst"),
                () -> assertEquals(List.of(), EpicsRootLayout.list(layout.opiDir())),
                () -> assertEquals(runtimeKey, Files.readAttributes(layout.runtimeDir(), "unix:ino").get("ino"),
                        "the runtime folder itself stays (it is a mount point): only its contents are replaced"));
        ChannelAccessClient ca = testbed.channelAccess();
        assertEquals("config ioc.db", ca.getString("E2E:DB:SOURCE"));

        ca.close();
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(EXIT));
    }
}
