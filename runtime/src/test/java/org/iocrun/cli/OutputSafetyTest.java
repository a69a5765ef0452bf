package org.iocrun.cli;

import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No command deletes or overwrites a file iocrun did not write: every command with {@code -o DIR}, on every kind
 * of folder a user points it at (issue: {@code render -o} onto the config folder deleted ioc.yaml).
 */
class OutputSafetyTest {

    static final String INSTANCE = Corpus.path("ibek-samples", "iocs", "utils.ibek.ioc.yaml").toString();
    static final String SUPPORT = Corpus.path("ibek-samples", "support", "utils.ibek.support.yaml").toString();

    @TempDir
    Path dir;
    Path config;
    Path beside;

    @BeforeEach
    void servicesRepository() throws IOException {
        config = Files.createDirectories(dir.resolve("services/iocs/utils-ioc/config"));
        Files.copy(Path.of(INSTANCE), config.resolve("ioc.yaml"));
        beside = Files.writeString(dir.resolve("notes.txt"), "a file beside the output");
    }

    /** The command line of {@code command} writing into {@code out}. */
    String[] commandLine(String command, Path out, String... more) {
        List<String> args = new ArrayList<>(switch (command) {
            case "render" -> List.of("render", config.toString(), "--definitions", SUPPORT);
            case "generate" -> List.of("runtime", "generate", config.resolve("ioc.yaml").toString(), SUPPORT, "--no-pvi");
            case "generate2" -> List.of("runtime", "generate2", config.toString(), "--definitions", SUPPORT, "--no-pvi");
            default -> throw new IllegalArgumentException(command);
        });
        args.addAll(List.of("-o", out.toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "generate", "generate2"})
    void aNewFolderGetsPlainFilesAndNothingElseIsTouched(String command) throws IOException {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(commandLine(command, out));
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("st.cmd"), LinkOption.NOFOLLOW_LINKS), "plain st.cmd");
        assertTrue(Files.isRegularFile(out.resolve(".iocrun-manifest")));
        assertUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "generate", "generate2"})
    void aFolderIocrunDidNotWriteIsRefusedAndKept(String command) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("st.cmd"), "hand-written");
        CliRun r = CliRun.of(commandLine(command, out));
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().contains("refusing to write into a folder iocrun did not render: it holds st.cmd"), r.err());
        assertEquals(List.of("st.cmd"), names(out));
        assertEquals("hand-written", Files.readString(out.resolve("st.cmd")));
        assertUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "generate", "generate2"})
    void forceWritesBesideTheUsersFiles(String command) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("README"), "mine");
        CliRun r = CliRun.of(commandLine(command, out, "--force"));
        assertEquals(0, r.exit(), r.err());
        assertEquals("mine", Files.readString(out.resolve("README")));
        assertTrue(Files.exists(out.resolve("st.cmd")));
        assertUntouched();
    }

    @ParameterizedTest
    @ValueSource(strings = {"render", "generate", "generate2"})
    void aSecondRunKeepsWhatTheUserAddedToTheFolder(String command) throws IOException {
        Path out = dir.resolve("out");
        assertEquals(0, CliRun.of(commandLine(command, out)).exit());
        Files.writeString(out.resolve("my-notes.txt"), "mine");
        CliRun again = CliRun.of(commandLine(command, out));
        assertEquals(0, again.exit(), again.err());
        assertEquals("mine", Files.readString(out.resolve("my-notes.txt")));
        assertUntouched();
    }

    /**
     * render says what it did in one line: utils.ibek.ioc.yaml has one entity (epics.InterruptVectorVME) and no
     * database, so st.cmd, ioc.subst, an empty ioc.db and opi/index.bob.
     */
    @Test
    void renderSaysWhatItWroteInOneLine() {
        Path out = dir.resolve("out");
        CliRun r = CliRun.of(commandLine("render", out));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().matches("iocrun: rendered 4 files \\(1 entity\\) into " + java.util.regex.Pattern.quote(out.toString())
                + " in \\d+ ms\\R"), r.err());
        assertEquals("", CliRun.of(commandLine("render", out, "-q")).err());
    }

    /** -o at the config folder deleted ioc.yaml before; it and every folder above it are refused, even with --force. */
    @ParameterizedTest
    @ValueSource(strings = {"render", "generate", "generate2"})
    void theConfigFolderAndItsParentsAreRefused(String command) throws IOException {
        for (Path out : List.of(config, config.getParent(), dir.resolve("services"), dir)) {
            CliRun r = CliRun.of(commandLine(command, out, "--force"));
            assertEquals(1, r.exit(), out + ": " + r.err());
            assertTrue(r.err().contains("refusing to write the output into"), r.err());
            assertEquals(List.of("ioc.yaml"), names(config));
            assertUntouched();
        }
    }

    /** `-o .` and `-o ./x` failed with "refusing to write outside the output folder"; every spelling works now. */
    @Test
    void relativeSpellingsOfTheOutputWork() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        for (String spelling : List.of(".", "./x", "x/../y", "./x/./")) {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "org.iocrun.cli.Main",
                    "render", config.toString(), "--definitions", SUPPORT, "-o", spelling, "-q")
                    .directory(work.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, p.exitValue(), spelling + ": " + output);
            assertTrue(Files.isRegularFile(work.resolve(spelling).resolve("st.cmd")), spelling);
        }
        assertTrue(Files.isRegularFile(work.resolve("opi/index.bob")));
        assertEquals(List.of(".iocrun-manifest", "ioc.db", "ioc.subst", "opi", "st.cmd", "x", "y"), names(work));
    }

    private void assertUntouched() throws IOException {
        assertEquals("a file beside the output", Files.readString(beside));
        assertEquals(Files.readString(Path.of(INSTANCE)), Files.readString(config.resolve("ioc.yaml")));
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> list = Files.list(d)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
