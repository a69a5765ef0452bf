package org.iocrun.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher names SLF4J's provider (pebble logs through SLF4J), so SLF4J does not scan the jar's services for
 * one at every start, and says nothing about it; a provider or verbosity the user sets is left alone.
 */
class LoggingProviderTest {

    /** Runs {@code iocrun template render -} on a one-line template in a new JVM; returns its output. */
    private static String renderInNewJvm(String... jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "template", "render", "-"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write("{{ 6 * 7 }}".getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        assertTrue(output.contains("42"), output);
        return output;
    }

    @Test
    void theProviderIsNamedRatherThanSearchedFor() throws Exception {
        String output = renderInNewJvm("-D" + ProcessSettings.SLF4J_VERBOSITY + "=DEBUG");
        assertTrue(output.contains("specified via \"" + ProcessSettings.SLF4J_PROVIDER + "\" system property"), output);
    }

    @Test
    void slf4jSaysNothingOnARun() throws Exception {
        assertFalse(renderInNewJvm().contains("SLF4J"));
    }

    @Test
    void aProviderTheUserNamesIsKept() throws Exception {
        String output = renderInNewJvm("-D" + ProcessSettings.SLF4J_PROVIDER + "=no.such.Provider");
        assertTrue(output.contains("no.such.Provider"), output);
    }
}
