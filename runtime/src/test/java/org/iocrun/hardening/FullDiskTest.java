package org.iocrun.hardening;

import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code iocrun render} onto a full disk: an 8 kB tmpfs mounted in a private mount namespace ({@code unshare -m}),
 * too small for the sample's files. The error names the file being written, at its place in the output folder (not
 * the hidden build folder), not only "No space left on device"; no stack trace. Skipped where mount namespaces are not allowed.
 */
class FullDiskTest {

    @TempDir
    Path sandbox;

    @BeforeAll
    static void mountNamespacesWork() throws Exception {
        Process p = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c",
                "mount -t tmpfs -o size=8k tmpfs /mnt && true").redirectErrorStream(true).start();
        assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0,
                "mount namespaces are not available: " + new String(p.getInputStream().readAllBytes()));
    }

    @Test
    void renderOntoAFullDiskNamesTheFileItWasWriting() throws Exception {
        Path small = Files.createDirectories(sandbox.resolve("small"));
        Path out = small.resolve("out");
        String java = ProcessHandle.current().info().command().orElse("java");
        String script = "mount -t tmpfs -o size=8k tmpfs " + small
                + " && exec \"$0\" -XX:-UsePerfData -XX:TieredStopAtLevel=1 -cp \"$1\" org.iocrun.cli.Main render"
                + " ../samples/instances/sim-ioc/config"
                + " --definitions ../samples/support/simdevice/simdevice.ibek.support.yaml"
                + " --definitions " + Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml")
                + " --pvi-defs ../samples/support/simdevice --env IOC_NAME=sim-ioc -o " + out;
        ProcessBuilder builder = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c", script,
                java, System.getProperty("java.class.path")).redirectErrorStream(true);
        builder.environment().put("IOCRUN_CACHE", "off");
        Process p = builder.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), output);
        assertTrue(output.matches("(?s).*" + Pattern.quote(out + "/") + "[^/\\s]+[^\\n]*: cannot read or write "
                + "the file: No space left on device.*"), output);
        assertFalse(output.contains(".iocrun-build-"), "the hidden build folder is not the user's: " + output);
        assertFalse(output.contains("Exception") || output.contains("\tat "), output);
    }
}
