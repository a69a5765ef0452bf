package org.iocrun.yaml;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Loading through java.nio.file on an in-memory file system: encodings, empty files, size limits. */
class FileLoadingTest {

    private FileSystem fs;
    private Path dir;

    @BeforeEach
    void createFileSystem() throws IOException {
        fs = Jimfs.newFileSystem(Configuration.unix());
        dir = Files.createDirectories(fs.getPath("/config"));
    }

    @AfterEach
    void closeFileSystem() throws IOException {
        fs.close();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static Problem problemLoading(YamlLoader loader, Path file) {
        UserError error = assertThrows(UserError.class, () -> loader.load(file));
        assertEquals(1, error.problems().size());
        return error.problems().getFirst();
    }

    @Test
    void loadsAFileAndKeepsItsNameInPositions() throws Exception {
        Path file = write("ioc.yaml", "ioc_name: test\nentities:\n  - type: epics.EpicsCaMaxArrayBytes\n");
        YNode root = new YamlLoader().load(file).orElseThrow();
        assertEquals(Map.of("ioc_name", "test", "entities", java.util.List.of(
                Map.of("type", "epics.EpicsCaMaxArrayBytes"))), YamlValues.toJava(root));
        YNode type = ((YNode.YMap) ((YNode.YList) ((YNode.YMap) root).get("entities").orElseThrow()).items()
                .getFirst()).get("type").orElseThrow();
        assertEquals("/config/ioc.yaml:3:11", type.position().toString());
    }

    @ParameterizedTest(name = "[{index}]")
    @ValueSource(strings = {"", "\n\n", "# only a comment\n", "# one\n\n   # two\n", "\uFEFF", "\uFEFF# bom and comment\n"})
    void aFileWithoutADocumentIsEmpty(String text) throws Exception {
        assertEquals(Optional.empty(), new YamlLoader().load(write("empty.yaml", text)));
    }

    @Test
    void anExplicitEmptyDocumentIsNull() throws Exception {
        YNode root = new YamlLoader().load(write("null.yaml", "---\n")).orElseThrow();
        assertEquals(null, ((YNode.YScalar) root).value());
    }

    @Test
    void aByteOrderMarkIsSkippedAndDoesNotShiftColumns() throws Exception {
        Path file = write("bom.yaml", "\uFEFFa: b: c\n");
        YNode root = new YamlLoader().load(write("bom-ok.yaml", "\uFEFFa: 1\n")).orElseThrow();
        assertEquals(Map.of("a", 1L), YamlValues.toJava(root));
        assertEquals("1:1", ((YNode.YMap) root).entries().getFirst().key().position().line() + ":"
                + ((YNode.YMap) root).entries().getFirst().key().position().column());
        Problem problem = problemLoading(new YamlLoader(), file);
        assertEquals("1:5", YamlTestSupport.lineColumn(problem));
    }

    static Stream<Arguments> badBytes() {
        return Stream.of(
                arguments("Latin-1 e-acute", bytes("a: caf", 0xE9, "\n"), "1:7", "0xE9"),
                arguments("stray continuation byte", bytes("a: 1\nb: x", 0x80, "y\n"), "2:5", "0x80"),
                arguments("truncated sequence", bytes("a: 1\n\nname: \u00e9\u00e9", 0xC3), "3:9", "0xC3"),
                arguments("overlong encoding", bytes("k: ", 0xC0, 0xAF, "\n"), "1:4", "0xC0"),
                arguments("encoded surrogate", bytes("k: ", 0xED, 0xA0, 0x80, "\n"), "1:4", "0xED"),
                arguments("after a BOM", bytes("", 0xEF, 0xBB, 0xBF, "a: ", 0xFF), "1:4", "0xFF"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBytes")
    void nonUtf8BytesAreReportedAtTheFirstBadByte(String why, byte[] content, String at, String hex) throws Exception {
        Problem problem = problemLoading(new YamlLoader(), write("latin1.yaml", content));
        assertEquals("invalid UTF-8 byte " + hex, problem.message());
        assertEquals(at, YamlTestSupport.lineColumn(problem));
        assertEquals(dir.resolve("latin1.yaml"), problem.position().file());
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading() throws Exception {
        YamlLoader small = new YamlLoader(new YamlLimits(100, 64, 1000));
        Path ok = write("ok.yaml", "a: " + "x".repeat(90) + "\n");
        assertTrue(small.load(ok).isPresent());
        Problem problem = problemLoading(small, write("big.yaml", "a: " + "x".repeat(200) + "\n"));
        assertEquals("file is too large: 204 bytes", problem.message());
        assertEquals("the limit is 100 bytes; YAML files for IOCs are far smaller", problem.hint());
    }

    @Test
    void textOverTheSizeLimitIsRefused() {
        YamlLoader small = new YamlLoader(new YamlLimits(100, 64, 1000));
        Problem problem = YamlTestSupport.problemOf(small, "a: " + "x".repeat(200));
        assertEquals("file is too large: 203 characters", problem.message());
    }

    @Test
    void theDefaultLimitIs8MiB() {
        // a hundred times the largest real file (ADCore's support YAML, 70 kB), and small enough that any file under
        // it loads or fails in a 256 MB heap (HugeFilesTest)
        assertEquals(8L * 1024 * 1024, YamlLimits.DEFAULT.maxFileBytes());
    }

    @Test
    void aMissingFileIsAUserError() {
        Problem problem = problemLoading(new YamlLoader(), dir.resolve("missing.yaml"));
        assertEquals("cannot read the file: file not found", problem.message());
        assertEquals("/config/missing.yaml", problem.position().toString());
    }

    private static byte[] bytes(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }
}
