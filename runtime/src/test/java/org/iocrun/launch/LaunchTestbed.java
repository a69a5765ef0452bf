package org.iocrun.launch;

import org.iocrun.testing.CaTools;
import org.iocrun.testing.CaPorts;
import org.iocrun.testing.ChannelAccessClient;
import org.iocrun.testing.EpicsInstallation;
import org.iocrun.testing.EpicsRootLayout;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One end-to-end scenario: a container-like EPICS_ROOT, CA ports of its own, and every process and CA client it
 * started, all ended by {@link #close} (called from {@code @AfterEach}, so a failing test leaves nothing running).
 */
final class LaunchTestbed implements AutoCloseable {

    private final Path dir;
    private final EpicsRootLayout layout;
    private final CaPorts ports;
    private final Optional<EpicsInstallation> epics;
    private final List<AutoCloseable> resources = new ArrayList<>();

    private LaunchTestbed(Path dir, EpicsRootLayout layout, CaPorts ports, Optional<EpicsInstallation> epics) {
        this.dir = dir;
        this.layout = layout;
        this.ports = ports;
        this.epics = epics;
    }

    /** With the test IOC linked in: skips (or fails on CI) when EPICS or the test IOC is missing. */
    static LaunchTestbed withIoc(Path dir, String iocName) {
        EpicsInstallation installation = EpicsInstallation.require();
        EpicsRootLayout layout = EpicsRootLayout.create(dir, iocName).linkIoc(installation);
        return new LaunchTestbed(dir, layout, CaPorts.pick(), Optional.of(installation));
    }

    /** For scenarios that end before any IOC would run (start.sh, errors): runs without EPICS. */
    static LaunchTestbed withoutIoc(Path dir, String iocName) {
        return new LaunchTestbed(dir, EpicsRootLayout.create(dir, iocName), CaPorts.pick(), Optional.empty());
    }

    EpicsRootLayout layout() {
        return layout;
    }

    EpicsInstallation epics() {
        return epics.orElseThrow(() -> new IllegalStateException("this testbed has no IOC"));
    }

    /** The layout's environment, the CA server settings, and {@code extra} on top. */
    Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new LinkedHashMap<>(layout.environment());
        env.putAll(ports.serverEnvironment());
        env.putAll(extra);
        return env;
    }

    IocrunStart start(Map<String, String> extraEnvironment) throws IOException {
        IocrunStart started = IocrunStart.launch(dir, environment(extraEnvironment));
        resources.add(started);
        return started;
    }

    IocrunStart start() throws IOException {
        return start(Map.of());
    }

    ChannelAccessClient channelAccess() {
        ChannelAccessClient client = ChannelAccessClient.connect(ports);
        resources.add(client);
        return client;
    }

    CaTools.Result caget(String... pvs) throws IOException, InterruptedException {
        return CaTools.caget(epics(), ports, pvs);
    }

    @Override
    public void close() throws Exception {
        try {
            closeAll(resources);
        } finally {
            layout.unlinkOutside();
        }
    }

    /** Closes each resource, last opened first; every one is tried, and the first failure is thrown. */
    static void closeAll(List<AutoCloseable> resources) throws Exception {
        Exception first = null;
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
