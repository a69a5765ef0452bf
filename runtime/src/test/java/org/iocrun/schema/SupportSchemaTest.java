package org.iocrun.schema;

import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The support-YAML schema generated from our records equals ibek's golden schema. */
class SupportSchemaTest {

    private static final Path GOLDEN = Corpus.path("ibek-samples", "schemas", "ibek.support.schema.json");

    @Test
    void equalsIbeksSchemaAsJson() throws IOException {
        JsonNode golden = JsonMapper.builder().build().readTree(Files.readString(GOLDEN));

        assertEquals(golden, SupportSchema.generate());
    }

    @Test
    void isWrittenByteForByteAsIbekWritesIt() throws IOException {
        assertEquals(Files.readString(GOLDEN), PydanticJson.write(SupportSchema.generate()) + "\n");
    }
}
