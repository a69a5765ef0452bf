package org.iocrun.launch;

import org.iocrun.testing.EpicsRootLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code iocrun start --prepare-only}, the AOT training run of an image build: every step of a real start, then the
 * IOC's command line on stdout and exit 0 instead of the exec (which would end the JVM before the cache is written).
 */
class StartPrepareOnlyTest {

    @TempDir
    Path dir;

    @Test
    void preparesTheRuntimeAndOpiFoldersAndPrintsTheIocCommandInsteadOfStartingIt() throws Exception {
        EpicsRootLayout layout = EpicsRootLayout.create(dir, "bl01t-ea-aot-01").installSampleConfig("sim-ioc");
        Files.writeString(layout.runtimeDir().resolve("stale-from-last-boot.db"), "");

        try (IocrunStart start = IocrunStart.launch(dir, layout.environment(), "--prepare-only")) {
            assertEquals(0, start.awaitExit(Duration.ofSeconds(60)), start.output());
            String iocCommand = layout.ioc().resolve("bin/linux-x86_64/ioc") + " " + layout.runtimeDir().resolve("st.cmd");
            assertTrue(start.output().lines().anyMatch(iocCommand::equals), "prints the IOC command line: " + start.output());
            // it says what it would exec, and does not claim to exec
            assertTrue(start.output().contains("iocrun: prepared; without --prepare-only start would now exec "
                    + iocCommand), start.output());
            assertFalse(start.output().contains("iocrun: exec "), start.output());
        }
        for (String file : new String[] {"st.cmd", "ioc.subst", "ioc.db"}) {
            assertTrue(Files.size(layout.runtimeDir().resolve(file)) > 0, file);
        }
        assertTrue(Files.readString(layout.runtimeDir().resolve("ioc.db")).contains("BL01T-EA-AOT-01:UPTIME"));
        assertTrue(Files.exists(layout.opiDir().resolve("index.bob")));
        assertFalse(Files.exists(layout.runtimeDir().resolve("stale-from-last-boot.db")), "the runtime folder was cleared");
    }
}
