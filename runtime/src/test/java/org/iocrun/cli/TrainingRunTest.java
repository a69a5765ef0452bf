package org.iocrun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TrainingRunTest {

    static Stream<Arguments> splits() {
        return Stream.of(
                Arguments.of(new String[] {"msi", "a.t"}, List.of(List.of("msi", "a.t"))),
                Arguments.of(new String[] {"msi", "a", "--next", "runtime", "generate", "x"},
                        List.of(List.of("msi", "a"), List.of("runtime", "generate", "x"))),
                Arguments.of(new String[] {"--next", "msi", "--next", "--next"}, List.of(List.of("msi"))),
                Arguments.of(new String[] {}, List.of()));
    }

    @ParameterizedTest
    @MethodSource("splits")
    void splitsCommandLinesAtNext(String[] args, List<List<String>> expected) {
        assertEquals(expected, TrainingRun.commandLines(args));
    }

    @Test
    void runsEveryCommandInOrderInOneProcess(@TempDir Path dir) throws IOException {
        Path template = Files.writeString(dir.resolve("t.template"), "record(ai, \"$(P)X\")\n");
        Path first = dir.resolve("first.db");
        Path second = dir.resolve("second.db");

        int status = TrainingRun.run("msi", "-MP=A:", "-o" + first, template.toString(),
                TrainingRun.NEXT, "msi", "-MP=B:", "-o" + second, template.toString());

        assertEquals(0, status);
        assertEquals("record(ai, \"A:X\")\n", Files.readString(first));
        assertEquals("record(ai, \"B:X\")\n", Files.readString(second));
    }

    @Test
    void reportsTheFirstFailureButRunsTheRest(@TempDir Path dir) throws IOException {
        Path template = Files.writeString(dir.resolve("t.template"), "x $(P)\n");
        Path out = dir.resolve("out.db");

        int status = TrainingRun.run("msi", dir.resolve("missing.template").toString(),
                TrainingRun.NEXT, "msi", "-MP=1", "-o" + out, template.toString());

        assertEquals(1, status);
        assertEquals("x 1\n", Files.readString(out));
    }
}
