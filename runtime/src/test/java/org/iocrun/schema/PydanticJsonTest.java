package org.iocrun.schema;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Schema text as Python's json.dumps(indent=2) prints pydantic's sorted schema (expected values from Python 3.13). */
class PydanticJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "10.0, 10.0",
            "0.1, 0.1",
            "1e-05, 1e-05",
            "0.0001, 0.0001",
            "1.2345678901234568e+16, 1.2345678901234568e+16",
            "1e16, 1e+16",
            "9999999999999998.0, 9999999999999998.0",
            "-2.5, -2.5",
            "123456.789, 123456.789",
            "5e-324, 5e-324",
    })
    void floatsAsPythonRepr(double value, String repr) {
        assertEquals(repr, PydanticJson.PythonFloat.repr(value));
    }

    @Test
    void stringsAreAsciiWithPythonEscapes() {
        assertEquals("\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\\\ \\n\\t\\u0001\\u007f\"",
                PydanticJson.write(JSON.getNodeFactory().stringNode("café 😀 \"q\" \\ \n\t\u0001\u007f")));
    }

    @Test
    void keysAreSortedExceptPropertyNamesAndDefaultValues() {
        String schema = """
                {"type": "object", "properties": {"z": {"title": "Z", "default": {"b": 1, "a": 2}}, "a": {"type": "string"}},
                 "$defs": {}, "additionalProperties": false, "required": []}""";

        assertEquals("""
                {
                  "$defs": {},
                  "additionalProperties": false,
                  "properties": {
                    "z": {
                      "default": {
                        "b": 1,
                        "a": 2
                      },
                      "title": "Z"
                    },
                    "a": {
                      "type": "string"
                    }
                  },
                  "required": [],
                  "type": "object"
                }""", PydanticJson.write(JSON.readTree(schema)));
    }
}
