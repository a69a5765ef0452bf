package org.iocrun.cli;

import org.iocrun.launch.folders.OutputDirectory;
import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code iocrun diff} on the corpus camera instance: "what changes in my IOC when the image's support files change?"
 * The support tree is copied, rendered once, then one template line of ADSimDetector's support file is changed.
 */
class DiffCommandTest {

    static final Path CAMERA_CONFIG = Corpus.path("instances", "bl01t-di-cam-01-fixed", "config");
    static final Path SUPPORT_TREE = Corpus.path("ibek-support");

    /** ADSimDetector's pre_init line; the camera's st.cmd has it as simDetectorConfig("DET.DET", 1024, 1024, 0, 50, 0). */
    static final String CONFIG_LINE = "simDetectorConfig(\"{{PORT}}\", {{WIDTH}}, {{HEIGHT}}, {{DATATYPE}}, {{BUFFERS}}, {{MEMORY}})";

    @TempDir
    Path dir;
    Path support;
    Path before;

    @BeforeEach
    void renderTheCameraOnce() throws IOException {
        support = dir.resolve("support");
        for (Path file : Corpus.files(SUPPORT_TREE, ".ibek.support.yaml")) {
            Path copy = support.resolve(SUPPORT_TREE.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy);
        }
        before = dir.resolve("before");
        CliRun r = CliRun.of(args("render", "-o", before.toString()));
        assertEquals(0, r.exit(), r.err());
    }

    String[] args(String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, CAMERA_CONFIG.toString(), "--definitions", support.toString(),
                "--pvi-defs", SUPPORT_TREE.toString(), "--env", "IOC_NAME=bl01t-di-cam-01", "-q"));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void theSameInputsGiveNoDiffAndExitZero() throws IOException {
        Map<String, String> beforeFiles = contents(before);
        CliRun r = CliRun.of(args("diff", "--against", before.toString()));
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(beforeFiles, contents(before), "diff writes nothing into the folder it compares with");
    }

    @Test
    void oneChangedTemplateLineIsOneChangedStCmdLine() throws IOException {
        Path file = support.resolve("ADSimDetector/ADSimDetector.ibek.support.yaml");
        String text = Files.readString(file);
        assertTrue(text.contains(CONFIG_LINE));
        Files.writeString(file, text.replace(CONFIG_LINE, CONFIG_LINE.replace("{{MEMORY}})", "{{MEMORY}}, 0)")));
        CliRun r = CliRun.of(args("diff", "--against", before.toString()));
        assertEquals(1, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("--- a/st.cmd", "+++ b/st.cmd"), lines.subList(0, 2), r.out());
        assertEquals(List.of("-simDetectorConfig(\"DET.DET\", 1024, 1024, 0, 50, 0)",
                "+simDetectorConfig(\"DET.DET\", 1024, 1024, 0, 50, 0, 0)"),
                lines.stream().skip(2).filter(l -> l.startsWith("-") || l.startsWith("+")).toList(), r.out());
        assertTrue(lines.get(2).startsWith("@@ -"), lines.get(2));
    }

    /** A copy of a running IOC's /epics/runtime: links into a hidden set folder, no screens. */
    @Test
    void aCopyOfARuntimeVolumeComparesByWhatItShows() throws IOException {
        Map<String, byte[]> runtime = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : contents(before).entrySet()) {
            if (!f.getKey().startsWith("opi/") && !f.getKey().equals(".iocrun-manifest")) {
                runtime.put(f.getKey(), f.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        Path volume = dir.resolve("epics-runtime");
        OutputDirectory.replaceContents(volume, runtime);
        CliRun same = CliRun.of(args("diff", "--against", volume.toString()));
        assertEquals(0, same.exit(), same.out() + same.err());
        Files.delete(volume.resolve("st.cmd"));
        CliRun missing = CliRun.of(args("diff", "--against", volume.toString()));
        assertEquals(1, missing.exit());
        assertTrue(missing.out().startsWith("--- /dev/null\n+++ b/st.cmd\n"), missing.out());
    }

    @Test
    void troubleExitsTwo() {
        assertEquals(2, CliRun.of(args("diff")).exit(), "--against is required");
        CliRun nowhere = CliRun.of(args("diff", "--against", dir.resolve("nowhere").toString()));
        assertEquals(2, nowhere.exit());
        assertTrue(nowhere.err().contains("nowhere: no such folder to compare with"), nowhere.err());
        CliRun badRender = CliRun.of("diff", CAMERA_CONFIG.toString(), "--definitions", dir.resolve("none").toString(),
                "--against", before.toString());
        assertEquals(2, badRender.exit());
        assertTrue(badRender.err().contains("no such support definition file or folder"), badRender.err());
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return files;
    }
}
