package org.iocrun.schema;

import org.iocrun.diagnostics.UserError;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The corpus against ibek's own schemas: every sample instance and every support file is valid. */
class SchemaConformanceTest {

    private static final Path SAMPLES = Corpus.path("ibek-samples");

    @ParameterizedTest(name = "{0} against {1}")
    @CsvSource({
            "motorSim, motorSim.ibek.ioc.schema.json",
            "utils, utils.ibek.ioc.schema.json",
            "ipac-test, ipac.ibek.ioc.schema.json",
            "gauges, gauges.ibek.ioc.schema.json",
            "quadem, quadem.ibek.ioc.schema.json",
            "quadem, quadem_repeat.ibek.ioc.schema.json",
            "technosoft, technosoft.ibek.ioc.schema.json",
            "listarg, listarg.ibek.schema.json",
            "fastVacuum, fastVacuum.ibek.ioc.schema.json",
            "dlsPLC, dlsPLC.ibek.ioc.schema.json",
            "repeat, motorSim.ibek.ioc.schema.json",
            "wait, motorSim.ibek.ioc.schema.json",
    })
    void sampleInstancesAreValidAgainstIbeksSchemas(String instance, String schema) throws UserError {
        assertValid(SAMPLES.resolve("iocs/" + instance + ".ibek.ioc.yaml"), SAMPLES.resolve("schemas/" + schema));
    }

    static Stream<Path> supportFiles() {
        return Stream.concat(Corpus.files(SAMPLES.resolve("support"), ".ibek.support.yaml").stream(),
                Corpus.files(Corpus.path("ibek-support"), ".ibek.support.yaml").stream()
                        .filter(p -> !p.toString().contains("/todo/")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportFiles")
    void supportFilesAreValidAgainstTheSupportSchema(Path supportFile) throws UserError {
        assertValid(supportFile, SAMPLES.resolve("schemas/ibek.support.schema.json"));
    }

    private static void assertValid(Path document, Path schema) throws UserError {
        SchemaValidator validator = new SchemaValidator(SchemaDocument.read(schema));

        assertEquals(List.of(), validator.validate(new YamlLoader().load(document).orElseThrow()));
    }
}
