package org.iocrun.hardening;

import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instance files far larger than any real one, validated in a JVM with the launcher's memory options (a 256 MB heap):
 * each ends in a clear error (or loads) within seconds, never in an OutOfMemoryError or a stack trace. A 50 MB
 * instance ran out of memory after 14 s before the limits held while parsing.
 */
class HugeFilesTest {

    static final long MB = 1024 * 1024;

    @TempDir
    static Path dir;

    /** An instance of EpicsEnvSet entities until the file reaches {@code bytes}: seven nodes per 60 bytes. */
    static Path entities(String name, long bytes) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("ioc_name: big\ndescription: d\nentities:\n");
            long size = 0;
            for (int i = 0; size < bytes; i++) {
                String entity = "  - type: epics.EpicsEnvSet\n    name: N" + i + "\n    value: V" + i + "\n";
                out.write(entity);
                size += entity.length();
            }
        }
        return file;
    }

    static Path text(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    static Stream<Arguments> files() throws IOException {
        return Stream.of(
                Arguments.of("50 MB of entities", entities("50mb.yaml", 50 * MB), 1,
                        "file is too large: 524"),
                // under the size limit, over the node limit (7 nodes a line of ~20 bytes): stopped while parsing
                Arguments.of("7.9 MB of entities", entities("8mb.yaml", 79 * MB / 10), 1,
                        "the document has more than 250000 nodes"),
                Arguments.of("a flow list of 4 million items", text("flow.yaml", "a: [" + "1,".repeat(4_000_000) + "1]\n"),
                        1, "flow.yaml:1:499999: the document has more than 250000 nodes"),
                // one 8 MB token: the engine's buffer copying made this quadratic (a minute)
                Arguments.of("one 7.9 MB scalar", text("scalar.yaml", "ioc_name: x\ndescription: \""
                        + "y".repeat((int) (79 * MB / 10)) + "\"\nentities: []\n"), 0, "valid (0 entities)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void endsCleanlyWithinSeconds(String name, Path file, int exit, String expected) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder launcher = new ProcessBuilder(java.toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xss512k", "-XX:MaxRAM=1g", "-cp", System.getProperty("java.class.path"), "org.iocrun.cli.Main",
                "validate", file.toString(), "--definitions",
                Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml").toString(), "--no-pvi");
        launcher.environment().put("IOCRUN_CACHE", "off");
        Path output = dir.resolve(name.replace(' ', '_') + ".out");
        launcher.redirectErrorStream(true).redirectOutput(output.toFile());
        long start = System.nanoTime();
        Process process = launcher.start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running after 60 s");
        double seconds = (System.nanoTime() - start) / 1e9;
        String printed = Files.readString(output);
        assertEquals(exit, process.exitValue(), printed);
        assertTrue(printed.contains(expected), printed);
        assertFalse(printed.contains("Exception") || printed.contains("Error:") || printed.contains("\tat "), printed);
        // about a second alone; generous for a busy 2-core machine (JVM start, no AOT cache, tests in parallel)
        assertTrue(seconds < 10, name + " took " + seconds + " s");
        List<String> lines = printed.lines().toList();
        assertTrue(lines.stream().allMatch(l -> l.length() < 400), "excerpts are cut to a window around the column");
    }
}
