package org.iocrun.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** iocrun msi's own messages and exit codes (the output itself is compared with msi in MsiDifferentialTest). */
class MsiCommandTest {

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of(new String[] {"-h"}, 0, "", "-S"),
                Arguments.of(new String[] {"-D", "-S", "x.subst"}, 1, "", "-D requires -o"),
                Arguments.of(new String[] {"-I", "db", "-S", "x.subst"}, 0, "rec 1 $(Q)\n",
                        "db/t.db:1:10: warning: macro Q is undefined"),
                Arguments.of(new String[] {"-V", "-Idb", "-Sx.subst"}, 2, "rec 1 $(Q,undefined)\n",
                        "macro Q is undefined"),
                Arguments.of(new String[] {"-Idb", "-S", "none.subst"}, 1, "", "none.subst: substitution file not found"),
                Arguments.of(new String[] {"-Idb", "-Sbad.subst"}, 1, "", "bad.subst:1:13: unexpected '}'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void exitCodesAndMessages(String[] args, int exit, String stdout, String stderrPart, @TempDir Path dir)
            throws Exception {
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve("db/t.db"), "rec $(P) $(Q)\n");
        Files.writeString(dir.resolve("x.subst"), "file t.db { { P=1 } }\n");
        Files.writeString(dir.resolve("bad.subst"), "file t.db { }\n");

        CommandLine cli = IocrunCommand.commandLine();
        MsiCommand command = cli.getSubcommands().get("msi").getCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.stdout = out;
        command.stdin = new ByteArrayInputStream(new byte[0]);
        command.workingDirectory = dir;
        command.environment = Map.of();
        StringWriter err = new StringWriter();
        StringWriter help = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(help));
        String[] all = new String[args.length + 1];
        all[0] = "msi";
        System.arraycopy(args, 0, all, 1, args.length);

        assertEquals(exit, cli.execute(all), err.toString());
        assertEquals(stdout, out.toString(StandardCharsets.ISO_8859_1));
        String messages = err + help.toString();
        assertTrue(messages.contains(stderrPart), messages);
    }
}
