package org.iocrun.schema;

import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The schemas committed under {@code schemas/} are what the code generates now: the support schema, and the
 * instance schema of the support modules under {@code samples/}. A stale file is regenerated in place and the test
 * fails, so the change shows up in {@code git diff} to be reviewed and committed.
 */
class CommittedSchemasTest {

    private static final Path ROOT = Path.of(System.getProperty("iocrun.root", "..")).toAbsolutePath().normalize();
    private static final Path SCHEMAS = ROOT.resolve("schemas");

    @Test
    void supportSchemaIsCurrent() throws IOException {
        assertCurrent(SCHEMAS.resolve("ibek.support.schema.json"), PydanticJson.write(SupportSchema.generate()) + "\n");
    }

    @Test
    void instanceSchemaOfTheSamplesIsCurrent() throws IOException, UserError {
        Path samples = ROOT.resolve("samples");
        assumeTrue(Files.isDirectory(samples), "no samples/ folder yet: no instance schema to keep current");
        List<Path> supportFiles;
        try (Stream<Path> walk = Files.walk(samples)) {
            supportFiles = walk.filter(p -> p.getFileName().toString().endsWith("ibek.support.yaml")).sorted().toList();
        }
        assumeTrue(!supportFiles.isEmpty(), "samples/ holds no *ibek.support.yaml yet");

        // the sample instances also use the epics.* types every Generic IOC image carries (ibek-support's _global)
        List<Path> definitions = new java.util.ArrayList<>(supportFiles);
        definitions.add(org.iocrun.testing.Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml"));
        String generated = PydanticJson.write(IocSchema.generate(Definitions.load(new YamlLoader(), definitions))) + "\n";

        assertCurrent(SCHEMAS.resolve("ibek.ioc.schema.json"), generated);
    }

    private static void assertCurrent(Path committed, String generated) throws IOException {
        String current = Files.isRegularFile(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : null;
        if (!generated.equals(current)) {
            Files.createDirectories(committed.getParent());
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
        }
        assertFalse(current == null, ROOT.relativize(committed) + " was missing; it has been generated: commit it");
        assertEquals(current, generated, ROOT.relativize(committed) + " was stale; it has been regenerated: review and commit it");
    }
}
