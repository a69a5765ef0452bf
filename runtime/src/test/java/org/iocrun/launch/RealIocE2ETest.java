package org.iocrun.launch;

import org.iocrun.testing.FolderContents;
import org.iocrun.testing.CaTools;
import org.iocrun.testing.ChannelAccessClient;
import org.iocrun.testing.Corpus;
import org.iocrun.testing.PowerSupplySimulator;
import org.iocrun.testing.RealGenericIoc;
import org.iocrun.testing.Samples;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code iocrun start} on the real Generic IOC (scripts/real-ioc: asyn, autosave, iocStats, motor, motorMotorSim,
 * StreamDevice, ioc-template's IOC app) with real instances: the samples written for it (motor-sim, stream-psu,
 * iocstats-only) and ioc-template's own test instance from the corpus. The support YAML names its templates through
 * RELEASE.shell's macros ({@code $(IOCSTATS)/db/iocAdminSoft.db}) and hard-codes /epics and /autosave, so the tree
 * runs at /epics (scripts/at-epics). Every check goes through Channel Access, as an operator's would.
 */
class RealIocE2ETest {

    @TempDir
    Path dir;
    @AutoClose
    RealIocTestbed testbed;
    RealGenericIoc realIoc;

    @BeforeEach
    void requireTheRealIoc() {
        realIoc = RealGenericIoc.require();
    }

    private RealIocTestbed testbed(String iocName, Path config) {
        testbed = new RealIocTestbed(realIoc, dir, iocName, config);
        return testbed;
    }

    /** The PID iocrun start ran as is the IOC now: no JVM waits for it, none stays behind. */
    private static void assertTheIocReplacedTheLauncher(IocrunStart ioc) {
        assertEquals("ioc", ioc.commandName(), "the started PID runs the IOC binary (execve)");
        assertEquals(List.of(), ioc.descendants(), "nothing runs below the IOC: no JVM waits for it");
    }

    @Test
    void aMotorMovesOnCaputAndAutosaveRestoresASettingAtTheNextBoot() throws Exception {
        RealIocTestbed bed = testbed("bl01t-mo-sim-01", Samples.instanceConfig("motor-sim"));
        String p = bed.prefix();
        IocrunStart ioc = bed.boot(Map.of());
        assertTheIocReplacedTheLauncher(ioc);
        System.out.println("e2e: real motor instance, iocrun start -> iocInit in " + ioc.elapsed().toMillis() + " ms");

        CaTools.Result probe = bed.caget(p + ":UPTIME");
        assertEquals(0, probe.exitCode(), "the liveness probe's caget of iocStats' UPTIME: " + probe.stderr());
        ChannelAccessClient ca = bed.channelAccess();
        assertAll("records of every module, with the instance's macros",
                () -> assertEquals("Sample X", ca.getString(p + ":M1.DESC")),
                () -> assertEquals("mm", ca.getString(p + ":M1.EGU")),
                () -> assertEquals(2.0, ca.getDouble(p + ":M2.VELO"), "epics.dbpf after iocInit"),
                () -> assertEquals(1.0, ca.getDouble(p + ":M2.RBV"), 1e-9,
                        "motorSimConfigAxis(start=100 counts) at MRES 0.01"));
        assertTrue(ioc.output().contains("NAME: " + p + ":M1"), "the PostStartupCommand's dbpr ran after iocInit");

        CaTools.Result move = bed.caput(p + ":M1", "1.5");
        assertEquals(0, move.exitCode(), "caput of the axis: " + move.stderr());
        ca.awaitDouble(p + ":M1.DMOV", done -> done == 1, Duration.ofSeconds(15));
        ca.awaitDouble(p + ":M1.RBV", rbv -> Math.abs(rbv - 1.5) < 1e-6, Duration.ofSeconds(15));
        assertEquals(1.0, ca.getDouble(p + ":M1.DMOV"), "the move is done");

        // basic_motor_settings.req saves the tweak step; the monitor set checks every 5 s (settings_req_period)
        ca.put(p + ":M1.TWV", 0.25);
        Path saved = bed.autosave().resolve("autosave_settings.sav");
        awaitFile(saved, text -> text.contains(p + ":M1.TWV 0.25"), Duration.ofSeconds(20));
        ca.close();
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(Duration.ofSeconds(15)), "exit on the IOC shell ends it with epicsExit(0)");

        IocrunStart second = bed.boot(Map.of());
        ChannelAccessClient again = bed.channelAccess();
        assertEquals(0.25, again.getDouble(p + ":M1.TWV"), 1e-9, "autosave restored the setting from /autosave");
        again.close();
        second.sendLine("exit");
        assertEquals(0, second.awaitExit(Duration.ofSeconds(15)));
    }

    @Test
    void streamDeviceRecordsTalkToTheDeviceThroughTheConfigFoldersProtocol() throws Exception {
        RealIocTestbed bed = testbed("bl01t-ea-psu-01", Samples.instanceConfig("stream-psu"));
        PowerSupplySimulator psu = bed.closeLater(PowerSupplySimulator.start(12.5));
        String p = bed.prefix() + ":PSU1:";
        IocrunStart ioc = bed.boot(Map.of("PSU_ADDRESS", psu.address()));
        assertTheIocReplacedTheLauncher(ioc);

        ChannelAccessClient ca = bed.channelAccess();
        assertEquals(PowerSupplySimulator.IDENTITY, ca.getString(p + "IDN"), "the identity query at PINI");
        ca.awaitDouble(p + "VOLTAGE_RBV", v -> v == 12.5, Duration.ofSeconds(10));
        CaTools.Result set = bed.caput(p + "VOLTAGE", "3.3");
        assertEquals(0, set.exitCode(), set.stderr());
        ca.awaitDouble(p + "VOLTAGE_RBV", v -> Math.abs(v - 3.3) < 1e-9, Duration.ofSeconds(10));
        assertAll("what reached the device and the runtime folder",
                () -> assertTrue(psu.received().contains("VOLT 3.300"), "the write, formatted by the protocol: " + psu.received()),
                () -> assertEquals(3.3, psu.volts(), 1e-9),
                () -> assertTrue(Files.isRegularFile(bed.runtime().resolve("protocol/psu.protocol")),
                        "place-files put the config folder's protocol where STREAM_PROTOCOL_PATH points"),
                () -> assertTrue(Files.readString(bed.runtime().resolve("autosave_settings.req")).contains(p + "VOLTAGE"),
                        "the config folder's psu_settings.req took part in the autosave request file"));
        ca.close();

        ioc.terminate();
        assertEquals(143, ioc.awaitExit(Duration.ofSeconds(15)),
                "SIGTERM, as Kubernetes stops a container, reaches the IOC itself (128 + 15)");
    }

    @Test
    void anIocStatsInstanceDerivesItsPrefixesFromTheIocName() throws Exception {
        RealIocTestbed bed = testbed("bl01t-ea-stats-01", Samples.instanceConfig("iocstats-only"));
        String p = bed.prefix();
        IocrunStart ioc = bed.boot(Map.of());
        assertTheIocReplacedTheLauncher(ioc);
        ChannelAccessClient ca = bed.channelAccess();
        assertAll("iocAdminSoft reads ENGINEER and LOCATION from st.cmd's epicsEnvSet",
                () -> assertEquals("bl01t-ea-stats-01-support", ca.getString(p + ":ENGINEER")),
                () -> assertEquals("BL01T", ca.getString(p + ":LOCATION")),
                () -> assertEquals(ca.getDouble(p + ":1HZ_MODE"), ca.getDouble(p + ":MON:1HZ_MODE"),
                        "the second prefix has the same scan-monitor records as the first"));
        ca.close();
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(Duration.ofSeconds(15)));
    }

    /** ioc-template's own test instance (corpus): ioc_name from the file name, a hand-written db loaded from config. */
    @Test
    void iocTemplatesTestInstanceRuns() throws Exception {
        RealIocTestbed bed = testbed("ioc-template-tests", Corpus.path("instances", "ioc-template-tests", "config"));
        IocrunStart ioc = bed.boot(Map.of());
        assertTheIocReplacedTheLauncher(ioc);
        ChannelAccessClient ca = bed.channelAccess();
        assertAll("ioc.yaml's dbpf values and the config folder's ioc.db",
                () -> assertEquals(2.54 + 2.61, ca.getDouble("EXAMPLE:IBEK:SUM"), 1e-9),
                () -> assertTrue(ca.getDouble("IOC:UPTIME") >= 0, "ioc_name is the instance file's name: 'ioc'"));
        assertTrue(ioc.output().contains("dbgf EXAMPLE:IBEK:SUM"), "the PostStartupCommand ran");
        ca.close();
        ioc.sendLine("exit");
        assertEquals(0, ioc.awaitExit(Duration.ofSeconds(15)));
    }

    /**
     * render = start on the real tree: {@code start --prepare-only} at /epics, and {@code render} outside it as a
     * developer runs it on a copy of the image's tree ({@code --env EPICS_ROOT=<copy>}), write the same runtime files
     * and screens. RELEASE.shell names /epics paths; render finds the templates in the copy.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"motor-sim", "stream-psu", "iocstats-only"})
    void renderOnACopyOfTheTreeWritesWhatStartWrites(String instance) throws Exception {
        String iocName = "bl01t-ea-same-01";
        RealIocTestbed bed = testbed(iocName, Samples.instanceConfig(instance));
        Map<String, String> extra = Map.of("PSU_ADDRESS", "127.0.0.1:9");
        bed.prepareOnly(extra);

        Path out = dir.resolve("render");
        List<String> render = new java.util.ArrayList<>(List.of("render", bed.config().toString(), "-o", out.toString(), "-q",
                "--env", "EPICS_ROOT=" + realIoc.epicsTree(), "--env", "IOC_NAME=" + iocName,
                "--env", "PSU_ADDRESS=" + extra.get("PSU_ADDRESS")));
        assertEquals(0, org.iocrun.cli.Main.run(render.toArray(String[]::new)));

        Map<String, String> started = FolderContents.of(bed.runtime());
        assertTrue(started.containsKey("ioc.db"), started.keySet().toString());
        FolderContents.Render rendered = FolderContents.ofRender(out);
        assertEquals(started, rendered.runtime());
        assertEquals(FolderContents.of(bed.opi()), rendered.opi());
    }

    private static void awaitFile(Path file, java.util.function.Predicate<String> condition, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String text = "";
        while (System.nanoTime() < deadline) {
            text = Files.exists(file) ? Files.readString(file) : "";
            if (condition.test(text)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(file + " did not get the expected content in " + timeout.toSeconds() + " s:\n" + text);
    }
}
