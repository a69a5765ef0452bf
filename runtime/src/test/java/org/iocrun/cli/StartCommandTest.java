package org.iocrun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What start and the help say: the error delay by where start runs, the variables start reads, whole sentences. */
class StartCommandTest {

    /**
     * start.sh sleeps 10 s before exiting on an error so a crash-looping container does not spin; at a terminal
     * outside a container a person is waiting, so no delay unless asked for. IOCRUN_ERROR_DELAY always wins.
     */
    @ParameterizedTest(name = "IOCRUN_ERROR_DELAY={0} terminal={1} container={2} -> {3}")
    @CsvSource(nullValues = "unset", value = {
        "unset, true,  false, 0",
        "unset, true,  true,  10",
        "unset, false, false, 10",
        "unset, false, true,  10",
        "3,     true,  false, 3",
        "0,     false, true,  0",
        "-4,    false, true,  0",
        "soon,  true,  false, 0",
        "soon,  false, false, 10"})
    void errorDelay(String variable, boolean atTerminal, boolean inContainer, int seconds) {
        Map<String, String> env = new HashMap<>();
        if (variable != null) {
            env.put("IOCRUN_ERROR_DELAY", variable);
        }
        assertEquals(seconds, StartCommand.errorDelay(env, atTerminal, inContainer));
    }

    @Test
    void kubernetesAndPodmanMarkAContainer() {
        assertTrue(StartCommand.inContainer(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1")));
        assertTrue(StartCommand.inContainer(Map.of("container", "podman")));
    }

    /**
     * Every variable the launcher and its loading read (EpicsPaths, Launcher, CacheFolder, StartCommand, the console
     * wrapper ConsoleSocket, the set reuse RuntimeSetReuse and RuntimeSetStamp).
     */
    @Test
    void helpListsTheEnvironmentStartReads() {
        CliRun help = CliRun.of("start", "--help");
        assertEquals(0, help.exit());
        for (String variable : List.of("EPICS_ROOT", "IOC ", "CONFIG_DIR", "RUNTIME_DIR", "SUPPORT",
                "IBEK_DO_WAIT_DISABLE", "IOCRUN_WAIT_MARKER", "IOCRUN_IOC_BINARY", "IOCRUN_ARCH", "IOCRUN_ERROR_DELAY",
                "IOCRUN_CACHE", "IOCRUN_REGENERATE", "KUBERNETES_PORT", "IOCRUN_STDIO_SOCKET", "HOSTNAME")) {
            assertTrue(help.out().contains("\n  " + variable), variable + " missing from:\n" + help.out());
        }
        assertTrue(help.out().lines().allMatch(l -> l.length() <= 80), "fits 80 columns:\n" + help.out());
    }

    /** picocli lists a command by its description's first line: the description must be one wrapped paragraph. */
    @Test
    void topLevelHelpWrapsDescriptionsAtWords() {
        String help = CliRun.of("--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("expands a template, or every row of a substitution file (-S), to standard output "
                + "or -o FILE. Stdin is the template when neither a template nor -S is given."), help);
    }
}
