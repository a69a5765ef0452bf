package org.iocrun.cli;

import org.iocrun.testing.Corpus;
import org.iocrun.testing.GoldenText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Support trees as they are checked out: {@code --definitions} and {@code --pvi-defs} take folders, searched
 * recursively, repeatable (the camera case needed 31 {@code --definitions} flags and a flattened pvi-defs before).
 */
class SupportTreesTest {

    static final Path CAMERA = Corpus.path("instances", "bl01t-di-cam-01-fixed");
    static final Path SUPPORT_TREE = Corpus.path("ibek-support");
    static final Path SAMPLE_MODULE = Path.of("../samples/support/simdevice");
    static final Path SAMPLE_CONFIG = Path.of("../samples/instances/sim-ioc/config");

    @TempDir
    Path dir;

    /** One folder for the 31 support files and the 53 pvi device files: the output is ibek's (corpus goldens). */
    @Test
    void theCameraRendersFromTheSupportTreeAsIbekGeneratedIt() throws IOException {
        Path out = dir.resolve("cam");
        CliRun r = CliRun.of("render", CAMERA.resolve("config").toString(), "--definitions", SUPPORT_TREE.toString(),
                "--pvi-defs", SUPPORT_TREE.toString(), "--env", "IOC_NAME=bl01t-di-cam-01", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        Path expected = CAMERA.resolve("expected");
        for (String file : new String[] {"st.cmd", "ioc.subst"}) {
            int banner = GoldenText.bannerLines(file);
            assertEquals(GoldenText.withoutBanner(Files.readString(expected.resolve("runtime").resolve(file)), banner),
                    GoldenText.withoutBanner(Files.readString(out.resolve(file)), banner), file);
        }
        assertEquals(files(expected.resolve("opi")), files(out.resolve("opi")));
        assertEquals(files(expected.resolve("runtime"), ".pvi.template"), files(out, ".pvi.template"));
    }

    @Test
    void validateTakesTheSameFolders() {
        CliRun r = CliRun.of("validate", CAMERA.resolve("config").toString(), "--definitions", SUPPORT_TREE.toString(),
                "--pvi-defs", SUPPORT_TREE.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("valid"), r.out());
    }

    @Test
    void definitionsAreFilesOrFoldersAndEveryOneMustExist() throws IOException {
        String epics = SUPPORT_TREE.resolve("_global/epics.ibek.support.yaml").toString();
        CliRun mixed = CliRun.of("validate", SAMPLE_CONFIG.toString(), "--definitions", SAMPLE_MODULE.toString(),
                "--definitions", epics, "--pvi-defs", SAMPLE_MODULE.toString());
        assertEquals(0, mixed.exit(), mixed.err());
        CliRun missing = CliRun.of("validate", SAMPLE_CONFIG.toString(), "--definitions", dir.resolve("nope").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("nope: no such support definition file or folder"), missing.err());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun none = CliRun.of("validate", SAMPLE_CONFIG.toString(), "--definitions", empty.toString());
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("empty: no support definitions (*.ibek.support.yaml) in this folder or below it"),
                none.err());
    }

    /** Two folders with a device file of one name: the first folder given wins, wherever below it the file is. */
    @Test
    void theFirstPviDefsFolderThatHasTheFileWins() throws IOException {
        String device = Files.readString(SAMPLE_MODULE.resolve("simdevice.pvi.device.yaml"));
        Path first = Files.createDirectories(dir.resolve("first/deep/er"));
        Files.writeString(first.resolve("simdevice.pvi.device.yaml"), device.replace("label: Simulated Device", "label: From First"));
        Path second = Files.createDirectories(dir.resolve("second"));
        Files.writeString(second.resolve("simdevice.pvi.device.yaml"), device.replace("label: Simulated Device", "label: From Second"));
        Path without = Files.createDirectories(dir.resolve("without/sub"));
        Files.writeString(without.resolve("other.pvi.device.yaml"), device);
        assertTrue(index("a", dir.resolve("first"), second).contains("From First"));
        assertTrue(index("b", second, dir.resolve("first")).contains("From Second"));
        assertTrue(index("c", dir.resolve("without"), second, dir.resolve("first")).contains("From Second"),
                "a folder without the file is passed over");
    }

    @Test
    void aMissingPviDeviceFileSuggestsPviDefsOrNoPvi() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("no-devices"));
        CliRun r = CliRun.of(render(dir.resolve("out"), "--pvi-defs", empty.toString()));
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("pvi device file 'simdevice.pvi.device.yaml' not found"), r.err());
        assertTrue(r.err().contains("--pvi-defs DIR") && r.err().contains("--no-pvi"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "no output of a failed render");
        assertEquals(0, CliRun.of(render(dir.resolve("out"), "--no-pvi")).exit());
        CliRun validate = CliRun.of("validate", SAMPLE_CONFIG.toString(), "--definitions", SAMPLE_MODULE.toString(),
                "--definitions", SUPPORT_TREE.resolve("_global").toString(), "--pvi-defs", empty.toString());
        assertEquals(1, validate.exit(), "validate checks the screens in the --pvi-defs given");
        assertTrue(validate.err().contains("pvi device file 'simdevice.pvi.device.yaml' not found"), validate.err());
    }

    private String index(String name, Path... pviDefs) throws IOException {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(render(dir.resolve(name))));
        for (Path p : pviDefs) {
            args.addAll(java.util.List.of("--pvi-defs", p.toString()));
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return Files.readString(dir.resolve(name).resolve("opi/index.bob"));
    }

    private static String[] render(Path out, String... more) {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("render", SAMPLE_CONFIG.toString(),
                "--definitions", SAMPLE_MODULE.toString(),
                "--definitions", SUPPORT_TREE.resolve("_global/epics.ibek.support.yaml").toString(),
                "--env", "IOC_NAME=sim-ioc", "-q", "-o", out.toString()));
        args.addAll(java.util.List.of(more));
        return args.toArray(String[]::new);
    }

    private static Map<String, String> files(Path folder) throws IOException {
        return files(folder, "");
    }

    private static Map<String, String> files(Path folder, String suffix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(suffix) && Files.isRegularFile(f)).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
