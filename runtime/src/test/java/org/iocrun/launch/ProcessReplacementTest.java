package org.iocrun.launch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** execve in a child JVM (it replaces the process and resets signal dispositions, so never in the test JVM). */
class ProcessReplacementTest {

    /** The child: execs its arguments, or prints why it could not. */
    public static final class Child {
        /** First argument: how to link ("now" or "background"); the rest is the program and its arguments. */
        public static void main(String[] args) {
            List<String> argv = List.of(args).subList(1, args.length);
            try {
                if (args[0].equals("background")) {
                    ProcessReplacement.linkInBackground().get().replaceWith(argv.getFirst(), argv, Map.of("GREETING", "from-env"));
                } else {
                    ProcessReplacement.exec(argv.getFirst(), argv, Map.of("GREETING", "from-env"));
                }
            } catch (ProcessReplacement.ExecFailure e) {
                System.out.print("failed: " + e.getMessage());
                System.exit(3);
            }
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result runChild(String... programAndArgs) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), Child.class.getName()));
        command.addAll(List.of(programAndArgs));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    /** Linked on the calling thread, or in the background with a rehearsal (a failing execve) first. */
    @ParameterizedTest
    @ValueSource(strings = {"now", "background"})
    void theProgramReplacesTheJvmWithTheGivenArgumentsAndEnvironment(String linking) throws Exception {
        Result r = runChild(linking, "/bin/sh", "-c", "echo \"$0 $GREETING\"; exit 7");

        assertEquals(new Result(7, "/bin/sh from-env\n"), r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"now", "background"})
    void aMissingProgramIsReportedWithTheSystemsReason(String linking) throws Exception {
        Result r = runChild(linking, "/nonexistent/ioc");

        assertEquals(3, r.exit(), r.output());
        assertEquals("failed: cannot execute /nonexistent/ioc: No such file or directory (execve returned -1)", r.output());
    }
}
