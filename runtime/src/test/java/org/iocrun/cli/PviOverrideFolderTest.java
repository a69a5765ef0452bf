package org.iocrun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * pvi device-file overrides come from the config folder named on the command line (issue 16): ibek's generate2
 * runs in the container with that folder at $EPICS_ROOT/ioc/config and finds the override there
 * (ibek-behaviour §2.8 pvi block, {@code find_pvi_device}); a local run with the image's {@code IOC=/epics/ioc} in its
 * environment must find it too. Run as a child process because the folders come from the environment.
 */
class PviOverrideFolderTest {

    private static final Path SAMPLE = Path.of("..", "samples", "support", "simdevice").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    @Test
    void generate2TakesTheDeviceFileOfTheNamedConfigFolder() throws Exception {
        Path epicsRoot = imageWithDeviceFile();
        Path config = configFolderWithOverride();
        int exit = run(Map.of("EPICS_ROOT", epicsRoot.toString(), "IOC", "/epics/ioc"),
                "runtime", "generate2", config.toString(), "-o", dir.resolve("runtime").toString(),
                "--definitions", SAMPLE.resolve("simdevice.ibek.support.yaml").toString());
        assertEquals(0, exit, Files.readString(dir.resolve("log")));
        assertOverrideUsed(epicsRoot.resolve("opi/index.bob"));
    }

    @Test
    void renderTakesTheDeviceFileOfTheNamedConfigFolder() throws Exception {
        Path epicsRoot = imageWithDeviceFile();
        Path config = configFolderWithOverride();
        Path out = dir.resolve("out");
        int exit = run(Map.of("EPICS_ROOT", epicsRoot.toString(), "IOC", "/epics/ioc"),
                "render", config.toString(), "-o", out.toString(), "--pvi-defs", epicsRoot.resolve("pvi-defs").toString(),
                "--definitions", SAMPLE.resolve("simdevice.ibek.support.yaml").toString());
        assertEquals(0, exit, Files.readString(dir.resolve("log")));
        assertOverrideUsed(out.resolve("opi/index.bob"));
    }

    /** An image's pvi-defs holding the module's own device file. */
    private Path imageWithDeviceFile() throws IOException {
        Path epicsRoot = dir.resolve("epics");
        Files.createDirectories(epicsRoot.resolve("pvi-defs"));
        Files.copy(SAMPLE.resolve("simdevice.pvi.device.yaml"), epicsRoot.resolve("pvi-defs/simdevice.pvi.device.yaml"));
        return epicsRoot;
    }

    /** A config folder (not at $IOC/config) with an instance and a same-named device file of another label. */
    private Path configFolderWithOverride() throws IOException {
        Path config = dir.resolve("config");
        Files.createDirectories(config);
        Files.writeString(config.resolve("ioc.yaml"), """
                ioc_name: override-test
                description: a device whose pvi file the config folder overrides
                entities:
                  - type: simdevice.SimDevice
                    name: DEV1
                    P: OVR-TEST-01
                """);
        String original = Files.readString(SAMPLE.resolve("simdevice.pvi.device.yaml"));
        Files.writeString(config.resolve("simdevice.pvi.device.yaml"),
                original.replace("label: Simulated Device", "label: Overridden In The Config Folder"));
        return config;
    }

    private static void assertOverrideUsed(Path indexBob) throws IOException {
        String index = Files.readString(indexBob);
        assertTrue(index.contains("Overridden In The Config Folder"), "index.bob names the override's label:\n" + index);
    }

    private int run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.iocrun.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().put("IOCRUN_CACHE", "off");
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("generate2 still running after 60 s: " + Files.readString(dir.resolve("log"), StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }
}
