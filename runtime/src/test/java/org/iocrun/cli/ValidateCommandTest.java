package org.iocrun.cli;

import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * validate checks what generation and start check, without writing: pvi device files, database templates on the
 * include path (given the support tree), config folders start accepts; exit 0 valid, 1 invalid, 2 usage; problems
 * as text, JSON lines or GitHub annotations.
 */
class ValidateCommandTest {

    static final String SAMPLE = "../samples/instances/sim-ioc/config";
    static final String SIM_DEFS = "../samples/support/simdevice/simdevice.ibek.support.yaml";

    @TempDir
    Path dir;

    private static List<String> sampleArgs(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("validate", SAMPLE, "--definitions", SIM_DEFS,
                "--definitions", Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml").toString(),
                "--env", "IOC_NAME=sim-ioc"));
        args.addAll(List.of(more));
        return args;
    }

    private static CliRun run(List<String> args) {
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void aMissingPathIsAUsageError() {
        CliRun r = CliRun.of("validate", dir.resolve("no-such-folder").toString());
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("no such config folder or instance file"), r.err());
    }

    @Test
    void aMissingPviDeviceFileIsInvalidAsGenerationWouldFail() throws IOException {
        Path emptyPviDefs = Files.createDirectory(dir.resolve("pvi-defs"));
        CliRun r = run(sampleArgs("--pvi-defs", emptyPviDefs.toString()));
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("pvi device file 'simdevice.pvi.device.yaml' not found"), r.err());
        assertEquals(0, run(sampleArgs("--no-pvi")).exit());
        CliRun withDevices = run(sampleArgs("--pvi-defs", "../samples/support/simdevice"));
        assertEquals(0, withDevices.exit(), withDevices.err());
    }

    @Test
    void withTheSupportTreeEveryDatabaseTemplateMustBeOnTheIncludePath() throws IOException {
        Path emptySupport = Files.createDirectories(dir.resolve("support/other/db"));
        CliRun r = run(sampleArgs("--no-pvi", "--support", emptySupport.getParent().getParent().toString()));
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.err().contains("database template 'heartbeat.template' used by ioc.yaml:"), r.err());
        CliRun found = run(sampleArgs("--no-pvi", "--support", "../samples/support"));
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("database templates found"), found.out());
    }

    @Test
    void configFoldersThatStartAcceptsAreValid() throws IOException {
        Path script = Files.createDirectory(dir.resolve("script"));
        Files.writeString(script.resolve("start.sh"), "exec /bin/true\n");
        Path nothing = Files.createDirectory(dir.resolve("nothing"));
        CliRun r = CliRun.of("validate", script.toString(), "../samples/instances/sim-handwritten/config");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("valid (start.sh"), r.out());
        assertTrue(r.out().contains("valid (hand-written st.cmd"), r.out());
        CliRun empty = CliRun.of("validate", nothing.toString());
        assertEquals(1, empty.exit());
        assertTrue(empty.err().contains("none of start.sh, ioc.yaml or st.cmd"), empty.err());
        CliRun missingTemplates = CliRun.of("validate", "../samples/instances/sim-handwritten/config",
                "--support", dir.toString());
        assertEquals(1, missingTemplates.exit());
        assertTrue(missingTemplates.err().contains("ioc.subst:3:6: database template 'heartbeat.template'"),
                missingTemplates.err());
    }

    /** The unknown entity type of a bad instance, in each format. */
    @Test
    void problemsAsJsonLinesAndGithubAnnotations() throws IOException {
        Path bad = dir.resolve("ioc.yaml");
        Files.writeString(bad, "ioc_name: x\ndescription: d\nentities:\n  - type: epics.EpicsCaMaxArrayByte\n"
                + "    max_bytes: 1\n");
        String epics = Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml").toString();
        CliRun json = CliRun.of("validate", bad.toString(), "--definitions", epics, "--format", "json");
        assertEquals(1, json.exit());
        List<String> lines = json.out().lines().toList();
        assertEquals(1, lines.size(), "only JSON on stdout: " + json.out());
        JsonNode problem = new ObjectMapper().readTree(lines.getFirst());
        assertEquals(bad.toString(), problem.get("file").asString());
        assertEquals(4, problem.get("line").asInt());
        assertEquals(11, problem.get("column").asInt());
        assertEquals("error", problem.get("severity").asString());
        assertEquals("unknown entity type 'epics.EpicsCaMaxArrayByte'", problem.get("message").asString());
        assertTrue(problem.get("hint").asString().contains("epics.EpicsCaMaxArrayBytes"), lines.getFirst());

        CliRun github = CliRun.of("validate", bad.toString(), "--definitions", epics, "--format", "github");
        assertEquals(1, github.exit());
        assertTrue(github.out().contains("::error file=" + bad + ",line=4,col=11::unknown entity type "
                + "'epics.EpicsCaMaxArrayByte' (did you mean"), github.out());
    }

    /** render's problems go through the same printing, so --format holds for it too. */
    @Test
    void renderPrintsItsProblemsInTheGivenFormat() throws IOException {
        Path bad = dir.resolve("ioc.yaml");
        Files.writeString(bad, "ioc_name: x\ndescription: d\nentities:\n  - type: epics.EpicsCaMaxArrayByte\n");
        String epics = Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml").toString();
        CliRun github = CliRun.of("render", bad.toString(), "--definitions", epics, "-o", dir.resolve("out").toString(),
                "--format", "github");
        assertEquals(1, github.exit());
        assertTrue(github.out().startsWith("::error file=" + bad + ",line=4,col=11::unknown entity type"), github.out());
    }

    @Test
    void schemaValidationPrintsInTheGivenFormatToo() throws IOException {
        Path schema = dir.resolve("ibek.ioc.schema.json");
        String epics = Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml").toString();
        assertEquals(0, CliRun.of("ioc", "generate-schema", epics, "--no-ibek-defs", "--output", schema.toString()).exit());
        Path bad = dir.resolve("ioc.yaml");
        Files.writeString(bad, "ioc_name: x\ndescription: d\nentities:\n  - type: epics.EpicsCaMaxArrayByte\n");
        CliRun json = CliRun.of("validate", "--schema", schema.toString(), bad.toString(), "--format", "json");
        assertEquals(1, json.exit(), json.err());
        assertTrue(json.out().lines().allMatch(l -> l.startsWith("{\"file\":\"" + bad + "\",\"line\":4,")), json.out());
    }
}
