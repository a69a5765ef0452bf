package org.iocrun.launch;

import org.iocrun.testing.CaPorts;
import org.iocrun.testing.CaTools;
import org.iocrun.testing.ChannelAccessClient;
import org.iocrun.testing.EpicsInstallation;
import org.iocrun.testing.EpicsRootLayout;
import org.iocrun.testing.RealGenericIoc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One end-to-end scenario on the real Generic IOC: a config folder (a copy of an instance's), the container's
 * volumes as folders ({@code work/runtime}, {@code work/opi}, {@code work/autosave}, kept across starts as a
 * pod's claims are), CA ports of its own, and every process and CA client it started, all ended by {@link #close}.
 * {@code iocrun start} runs with the tree at /epics (scripts/at-epics), the environment an image and the
 * ioc-instance chart give it, and nothing of RELEASE.shell: the launcher must read that itself.
 */
final class RealIocTestbed implements AutoCloseable {

    static final String INIT_COMPLETE = "iocRun: All initialization complete";
    static final String PROMPT = "epics> ";

    private final RealGenericIoc ioc;
    private final Path dir;
    private final String iocName;
    private final CaPorts ports = CaPorts.pick();
    private final List<AutoCloseable> resources = new ArrayList<>();

    RealIocTestbed(RealGenericIoc ioc, Path dir, String iocName, Path instanceConfig) {
        this.ioc = ioc;
        this.dir = dir;
        this.iocName = iocName;
        EpicsRootLayout.copyTree(instanceConfig, config());
    }

    Path config() {
        return dir.resolve("config");
    }

    Path work() {
        return dir.resolve("work");
    }

    /** The runtime volume as the IOC saw it, /epics/runtime. */
    Path runtime() {
        return work().resolve("runtime");
    }

    Path opi() {
        return work().resolve("opi");
    }

    /** The autosave volume, /autosave. */
    Path autosave() {
        return work().resolve("autosave");
    }

    /** The PV prefix the instances derive from IOC_NAME ({@code ioc_name | upper}). */
    String prefix() {
        return iocName.toUpperCase();
    }

    RealGenericIoc realIoc() {
        return ioc;
    }

    /** The image's and the chart's environment, CA on loopback ports of this test, and {@code extra} on top. */
    Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", dir.toString());
        env.put("EPICS_ROOT", "/epics");
        env.put("IOC", "/epics/ioc");
        env.put("SUPPORT", "/epics/support");
        env.put("EPICS_HOST_ARCH", EpicsInstallation.ARCH);
        env.put("IOC_NAME", iocName);
        env.put("IOC_PREFIX", iocName);
        env.put("IOCRUN_ERROR_DELAY", "0");
        env.put("IOCRUN_WAIT_MARKER", dir.resolve("doWait_completed.txt").toString());
        for (String kv : ioc.wrapperEnvironment()) {
            env.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
        }
        env.putAll(ports.serverEnvironment());
        env.putAll(extra);
        return env;
    }

    IocrunStart start(Map<String, String> extra) throws IOException {
        IocrunStart started = IocrunStart.launch(dir, environment(extra), ioc.wrapper(work(), config()));
        resources.add(started);
        return started;
    }

    /** {@code iocrun start --prepare-only}: the volumes prepared as a start prepares them, then the JVM's exit. */
    int prepareOnly(Map<String, String> extra) throws IOException, InterruptedException {
        try (IocrunStart started = IocrunStart.launch(dir, environment(extra), ioc.wrapper(work(), config()), "--prepare-only")) {
            int exit = started.awaitExit(java.time.Duration.ofSeconds(60));
            if (exit != 0) {
                throw new AssertionError("start --prepare-only failed (" + exit + "):\n" + started.output());
            }
            return exit;
        }
    }

    /** Starts and waits for iocInit and the shell's prompt (st.cmd and the post-init commands done). */
    IocrunStart boot(Map<String, String> extra) throws IOException, InterruptedException {
        IocrunStart started = start(extra);
        started.awaitOutput(INIT_COMPLETE, java.time.Duration.ofSeconds(60));
        started.awaitOutput(PROMPT, java.time.Duration.ofSeconds(20));
        return started;
    }

    ChannelAccessClient channelAccess() {
        ChannelAccessClient client = ChannelAccessClient.connect(ports);
        resources.add(client);
        return client;
    }

    /** EPICS base's caget, as the liveness probe runs it. */
    CaTools.Result caget(String... pvs) throws IOException, InterruptedException {
        return CaTools.caget(ioc.epics(), ports, pvs);
    }

    /** EPICS base's caput, as an operator types it. */
    CaTools.Result caput(String pv, String value) throws IOException, InterruptedException {
        return CaTools.caput(ioc.epics().base(), ports, pv, value);
    }

    /** Registers something to close with the testbed (a device simulator). */
    <T extends AutoCloseable> T closeLater(T resource) {
        resources.add(resource);
        return resource;
    }

    @Override
    public void close() throws Exception {
        LaunchTestbed.closeAll(resources);
    }
}
