package org.iocrun.schema;

import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The instance schemas generated from ibek's sample support files equal ibek's 12 golden schemas (the support
 * files in the order ibek's generate_samples.sh gives them), apart from the intentional text differences below.
 */
class IocSchemaGoldenTest {

    /**
     * ibek's descriptions of templatable parameters print Python reprs ({@code <class 'int'>}) and a placeholder that
     * was never formatted ({@code {typ}}). We write the type's name in both places. Nothing else differs.
     */
    private static final List<String> TEMPLATABLE_TYPES = List.of("int", "float", "bool", "list", "dict");

    static String withIntentionalDifferences(String ibekText) {
        String text = ibekText;
        for (String type : TEMPLATABLE_TYPES) {
            text = text
                    .replace("jinja that renders to <class '" + type + "'>", "jinja that renders to " + type)
                    .replace("union of <class '" + type + "'> and jinja representation of {typ}",
                            "union of " + type + " and jinja representation of " + type);
        }
        return text;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "single.ibek.ioc.schema.json, motorSim",
            "motorSim.ibek.ioc.schema.json, asyn motorSim",
            "quadem.ibek.ioc.schema.json, ADCore quadem",
            "quadem_repeat.ibek.ioc.schema.json, ADCore quadem_repeat",
            "utils.ibek.ioc.schema.json, utils",
            "ipac.ibek.ioc.schema.json, ipac epics",
            "gauges.ibek.ioc.schema.json, asyn gauges",
            "technosoft.ibek.ioc.schema.json, technosoft",
            "listarg.ibek.schema.json, listarg",
            "fastVacuum.ibek.ioc.schema.json, fastVacuum",
            "dlsPLC.ibek.ioc.schema.json, dlsPLC asyn",
    })
    void equalsIbeksGoldenSchemaAsJson(String golden, String modules) throws IOException, UserError {
        String expected = withIntentionalDifferences(Files.readString(Corpus.path("ibek-samples", "schemas", golden)));

        JsonNode schema = IocSchema.generate(Definitions.load(new YamlLoader(), supportFiles(modules)));

        assertEquals(JsonMapper.builder().build().readTree(expected), schema);
        // and the same text: ibek's key order and json.dumps layout
        assertEquals(expected, PydanticJson.write(schema) + "\n");
    }

    private static List<Path> supportFiles(String modules) {
        return Arrays.stream(modules.split(" "))
                .map(m -> Corpus.path("ibek-samples", "support", m + ".ibek.support.yaml"))
                .toList();
    }
}
