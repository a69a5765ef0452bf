package org.iocrun.cli;

import org.iocrun.testing.Corpus;
import org.iocrun.testing.GoldenText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docker/ibek, the shim that lets a Generic IOC image's start.sh call ibek, run with bash against a scratch
 * EPICS_ROOT: each ibek command a start.sh uses does what ibek does, and anything else is refused by name.
 */
class IbekShimTest {

    private static final Path SHIM = Path.of(System.getProperty("user.dir")).getParent().resolve("docker/ibek");
    private static final Path CASE = Corpus.path("instances", "bl01t-mo-sim-01");

    @TempDir
    Path dir;

    private Path epicsRoot;
    private final Map<String, String> env = new HashMap<>();

    private record Run(int exitCode, String output) {
    }

    @BeforeEach
    void scratchEpicsRootAndIocrun() throws IOException {
        epicsRoot = Files.createDirectories(dir.resolve("epics"));
        Path defs = Files.createDirectories(epicsRoot.resolve("ibek-defs"));
        Path pviDefs = Files.createDirectories(epicsRoot.resolve("pvi-defs"));
        // the definitions and pvi devices the corpus's expected files were generated with (instances/CASES.md)
        try (Stream<Path> files = Files.walk(Corpus.path("ibek-support"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".ibek.support.yaml")) {
                    Files.createSymbolicLink(defs.resolve(name), f);
                } else if (name.endsWith(".pvi.device.yaml")) {
                    Files.createSymbolicLink(pviDefs.resolve(name), f);
                }
            }
        }
        Path iocrun = dir.resolve("iocrun");
        Files.writeString(iocrun, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
                + "' org.iocrun.cli.Main \"$@\"\n");
        assertTrue(iocrun.toFile().setExecutable(true));
        env.put("PATH", System.getenv("PATH"));
        env.put("IOCRUN", iocrun.toString());
        env.put("EPICS_ROOT", epicsRoot.toString());
        // st.cmd names the container's folders, as in the corpus's expected files
        env.put("IOC", "/epics/ioc");
        env.put("RUNTIME_DIR", "/epics/runtime");
        env.put("IOC_NAME", "bl01t-mo-sim-01");
        env.put("IOCRUN_WAIT_MARKER", dir.resolve("doWait_completed.txt").toString());
    }

    private Run ibek(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SHIM.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "ibek shim did not finish");
        return new Run(process.exitValue(), output);
    }

    @Test
    void generate2WritesWhatIbekWritesBesidesTheBanner() throws Exception {
        Path out = dir.resolve("runtime");

        Run run = ibek("runtime", "generate2", CASE.resolve("config").toString(), "--output", out.toString());

        assertEquals(0, run.exitCode(), run.output());
        for (String file : List.of("st.cmd", "ioc.subst")) {
            int banner = GoldenText.bannerLines(file);
            assertEquals(GoldenText.withoutBanner(Files.readString(CASE.resolve("expected/runtime").resolve(file)), banner),
                    GoldenText.withoutBanner(Files.readString(out.resolve(file)), banner), file);
        }
        assertTrue(Files.exists(epicsRoot.resolve("opi/index.bob")), "OPI screens published");
    }

    @Test
    void generateAutosaveReadsTheRuntimeSubstitutions() throws Exception {
        Path runtime = Files.createDirectories(dir.resolve("runtime"));
        env.put("RUNTIME_DIR", runtime.toString());
        Path req = Files.createDirectories(epicsRoot.resolve("autosave")).resolve("motor_settings.req");
        Files.writeString(req, "$(P)$(M).VAL\n");
        Files.writeString(runtime.resolve("ioc.subst"), "file \"motor.template\" {\n  pattern { P, M }\n    { \"X:\", \"m1\" }\n}\n");

        Run run = ibek("runtime", "generate-autosave", runtime.resolve("ioc.subst").toString());

        assertEquals(0, run.exitCode(), run.output());
        assertEquals("X:m1.VAL\n", Files.readString(runtime.resolve("autosave_settings.req")));
    }

    @Test
    void placeFilesCopiesTheInstancesProtocolsAndDatabases() throws Exception {
        Path runtime = dir.resolve("runtime");
        env.put("RUNTIME_DIR", runtime.toString());
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("dev.proto"), "get { out \"G\"; in \"%f\"; }\n");
        Files.writeString(config.resolve("extra.db"), "record(ai, \"X\") {}\n");

        Run run = ibek("runtime", "place-files", config.toString());

        assertEquals(0, run.exitCode(), run.output());
        assertEquals(Files.readString(config.resolve("dev.proto")), Files.readString(runtime.resolve("protocol/dev.proto")));
        assertEquals(Files.readString(config.resolve("extra.db")), Files.readString(runtime.resolve("db/extra.db")));
    }

    @Test
    void doWaitTouchesTheReadyMarkerWhenThereIsNothingToWaitFor() throws Exception {
        Run run = ibek("ioc", "do-wait", "--source", dir.resolve("no-wait-list.yaml").toString());

        assertEquals(0, run.exitCode(), run.output());
        assertTrue(Files.exists(dir.resolve("doWait_completed.txt")));
    }

    @Test
    void generateSchemaWritesTheSchemaIocrunWrites() throws Exception {
        Path viaShim = dir.resolve("shim.json");
        String definitions = Corpus.path("ibek-samples", "support", "motorSim.ibek.support.yaml").toString();

        Run run = ibek("ioc", "generate-schema", "--no-ibek-defs", definitions, "--output", viaShim.toString());

        assertEquals(0, run.exitCode(), run.output());
        StringWriter direct = new StringWriter();
        CommandLine cli = IocrunCommand.commandLine();
        cli.setOut(new PrintWriter(direct));
        assertEquals(0, cli.execute("ioc", "generate-schema", "--no-ibek-defs", definitions));
        assertEquals(direct.toString(), Files.readString(viaShim));
    }

    @ParameterizedTest
    @ValueSource(strings = {"support generate-links", "ioc build", "runtime", "dev instance x", "pattern schema"})
    void otherIbekCommandsAreRefusedByName(String command) throws Exception {
        Run run = ibek(command.split(" "));

        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("'ibek " + command + "' is not supported by iocrun"), run.output());
        assertTrue(run.output().contains("ibek runtime generate2 CONFIG_DIR"), "lists what is supported: " + run.output());
    }

    @Test
    void anErrorOfIocrunComesBackWithItsExitStatus() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("ioc.yaml"), "ioc_name: x\nentities:\n  - type: no.SuchThing\n");

        Run run = ibek("runtime", "generate2", config.toString(), "--output", dir.resolve("runtime").toString());

        assertEquals(1, run.exitCode(), run.output());
        assertTrue(run.output().contains("ioc.yaml:3:"), run.output());
    }
}
