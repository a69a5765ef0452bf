package org.iocrun.cli;

import org.iocrun.diagnostics.UserError;
import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The schema commands from the command line: outputs, exit codes and error messages. */
class SchemaCommandsTest {

    private static final Path SUPPORT = Corpus.path("ibek-samples", "support");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void supportGenerateSchemaWritesIbeksSchemaToTheOutputFile() throws IOException {
        Path output = dir.resolve("support.json");

        CliRun run = run("support", "generate-schema", "--output", output.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals(Files.readString(Corpus.path("ibek-samples", "schemas", "ibek.support.schema.json")), Files.readString(output));
    }

    @Test
    void iocGenerateSchemaPrintsTheInstanceSchemaOfTheGivenDefinitions() {
        CliRun run = run("ioc", "generate-schema", "--no-ibek-defs", SUPPORT.resolve("motorSim.ibek.support.yaml").toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("{\n  \"$defs\": {\n    \"DIR\": {"), run.out());
        assertTrue(run.out().endsWith("  \"title\": \"NewIOC\",\n  \"type\": \"object\"\n}\n"), run.out());
    }

    @Test
    void iocGenerateSchemaWithoutDefinitionsFails() {
        CliRun run = run("ioc", "generate-schema", "--no-ibek-defs");

        assertEquals(1, run.exit());
        assertEquals("ioc generate-schema: one or more definitions are required with --no-ibek-defs "
                + "(give support definition files (*.ibek.support.yaml))\n", run.err());
    }

    @Test
    void iocGenerateSchemaReportsABrokenDefinitionWithItsPosition() throws IOException {
        Path broken = dir.resolve("broken.ibek.support.yaml");
        Files.writeString(broken, "module: m\nentity_models:\n  - name: A\n    description: a\n    parameters:\n      x: {type: integer, description: d}\n");

        CliRun run = run("ioc", "generate-schema", "--no-ibek-defs", broken.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith(broken + ":6:"), run.err());
        assertTrue(run.err().contains("unknown parameter type 'integer'"), run.err());
    }

    @Test
    void definitionsComeFromIbekDefsUnlessTurnedOff() throws IOException, UserError {
        Path ibekDefs = Files.createDirectories(dir.resolve("ibek-defs"));
        Path nested = Files.createDirectories(ibekDefs.resolve("nested"));
        Path given = Files.writeString(dir.resolve("given.ibek.support.yaml"), "");
        Path b = Files.writeString(ibekDefs.resolve("b.ibek.support.yaml"), "");
        Path a = Files.writeString(ibekDefs.resolve("a.ibek.support.yaml"), "");
        Files.writeString(ibekDefs.resolve("notes.yaml"), "");
        Files.writeString(nested.resolve("c.ibek.support.yaml"), "");

        assertEquals(List.of(given, a, b), SchemaDefinitionFiles.resolve(List.of(given, a), true, ibekDefs));
        assertEquals(List.of(given), SchemaDefinitionFiles.resolve(List.of(given), false, ibekDefs));
        UserError none = assertThrows(UserError.class, () -> SchemaDefinitionFiles.resolve(List.of(), true, nested.resolve("x")));
        assertTrue(none.getMessage().contains("no definitions given and none found in " + nested.resolve("x")), none.getMessage());
    }

    @Test
    void validateWithASchemaChecksInstancesWithoutDefinitions() throws IOException {
        Path schema = Corpus.path("ibek-samples", "schemas", "motorSim.ibek.ioc.schema.json");
        Path good = Corpus.path("ibek-samples", "iocs", "motorSim.ibek.ioc.yaml");
        Path bad = Corpus.path("ibek-samples", "iocs", "bad_default.ibek.ioc.yaml");

        CliRun valid = run("validate", "--schema", schema.toString(), good.toString());
        CliRun invalid = run("validate", "--schema", schema.toString(), good.toString(), bad.toString());

        assertEquals(0, valid.exit(), valid.err());
        assertEquals(good + ": valid\n", valid.out());
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().startsWith(bad + ":8:5: entities[0] (asyn.AsynIP): missing required property 'port'"), invalid.err());
    }

    @Test
    void validateWithAMissingSchemaFileSaysSo() {
        Path missing = dir.resolve("nope.json");

        CliRun run = run("validate", "--schema", missing.toString(), Corpus.path("ibek-samples", "iocs", "motorSim.ibek.ioc.yaml").toString());

        assertEquals(1, run.exit());
        assertEquals(missing + ": no such schema file\n", run.err());
    }
}
