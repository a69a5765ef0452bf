package org.iocrun.schema;

import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The instance-schema rules of ibek-behaviour §7.1 instance schema that ibek's golden schemas do not exercise. */
class IocSchemaRulesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void sameNamedEnumsWithEqualValuesShareOneDefinition() throws Exception {
        JsonNode schema = schemaOf("""
                module: m
                entity_models:
                  - name: A
                    description: a
                    parameters:
                      mode: {type: enum, description: d, values: {on: , off: }}
                  - name: B
                    description: b
                    parameters:
                      mode: {type: enum, description: d2, values: {on: , off: }}
                """);

        assertEquals(JSON.readTree("""
                {"enum": ["on", "off"], "title": "mode", "type": "string"}"""), schema.at("/$defs/mode"));
        assertEquals("#/$defs/mode", schema.at("/$defs/m_A/properties/mode/$ref").asString());
        assertEquals("#/$defs/mode", schema.at("/$defs/m_B/properties/mode/$ref").asString());
    }

    @Test
    void sameNamedEnumsWithDifferentValuesAreAllNumberedInOrder() throws Exception {
        JsonNode schema = schemaOf("""
                module: m
                entity_models:
                  - name: A
                    description: a
                    parameters:
                      mode: {type: enum, description: d, values: {on: , off: }}
                  - name: B
                    description: b
                    parameters:
                      mode: {type: enum, description: d, values: {on: , off: }}
                  - name: C
                    description: c
                    parameters:
                      mode: {type: enum, description: d, values: {fast: , slow: }}
                """);

        assertEquals(List.of("ibek__entity_factory__mode__1", "ibek__entity_factory__mode__2",
                "ibek__entity_factory__mode__3"), enumDefinitionNames(schema));
        assertEquals("#/$defs/ibek__entity_factory__mode__3", schema.at("/$defs/m_C/properties/mode/$ref").asString());
        assertEquals("slow", schema.at("/$defs/ibek__entity_factory__mode__3/enum/1").asString());
    }

    @Test
    void enumTypeIsTheKeysCommonJsonType() throws Exception {
        JsonNode schema = schemaOf("""
                module: m
                entity_models:
                  - name: A
                    description: a
                    parameters:
                      ints: {type: enum, description: d, values: {1: one, 2: two}}
                      mixed: {type: enum, description: d, values: {1: one, two: 2}}
                      flags: {type: enum, description: d, values: {true: , false: }}
                """);

        assertEquals("integer", schema.at("/$defs/ints/type").asString());
        assertEquals(JSON.readTree("[1, \"two\"]"), schema.at("/$defs/mixed/enum"));
        assertFalse(schema.at("/$defs/mixed").has("type"));
        assertEquals("boolean", schema.at("/$defs/flags/type").asString());
    }

    @Test
    void aParameterNamedTypeGivesWayToTheTypeConstant() throws Exception {
        JsonNode schema = schemaOf("""
                module: m
                entity_models:
                  - name: A
                    description: the model
                    parameters:
                      type: {type: enum, description: d, values: {x: , y: }}
                      other: {type: str, description: o}
                """);

        assertEquals(JSON.readTree("""
                {"const": "m.A", "description": "the model", "title": "Type", "type": "string"}"""),
                schema.at("/$defs/m_A/properties/type"));
        assertFalse(schema.get("$defs").has("type"));
        assertEquals(JSON.readTree("[\"type\", \"other\"]"), schema.at("/$defs/m_A/required"));
    }

    @Test
    void listAndDictParametersAcceptTheirTypeOrATemplate() throws Exception {
        JsonNode schema = schemaOf("""
                module: m
                entity_models:
                  - name: A
                    description: a
                    parameters:
                      names: {type: list, description: the names, default: [a, b]}
                      options: {type: dict, description: the options, default: "{{ {} }}"}
                      ratio: {type: float, description: r, default: 1}
                      nothing: {type: int, description: n, default: null}
                """);
        JsonNode properties = schema.at("/$defs/m_A/properties");

        assertEquals(JSON.readTree("""
                {"description": "the names", "items": {}, "type": "array"}"""), properties.at("/names/anyOf/1"));
        assertEquals(JSON.readTree("[\"a\", \"b\"]"), properties.at("/names/default"));
        assertEquals(JSON.readTree("""
                {"additionalProperties": true, "description": "the options", "type": "object"}"""), properties.at("/options/anyOf/1"));
        assertEquals("union of dict and jinja representation of dict", properties.at("/options/description").asString());
        assertEquals("1.0", PydanticJson.write(properties.at("/ratio/default")));
        assertEquals(JSON.readTree("[\"type\", \"nothing\"]"), schema.at("/$defs/m_A/required"));
    }

    private JsonNode schemaOf(String supportYaml) throws IOException, UserError {
        Path file = dir.resolve("m.ibek.support.yaml");
        Files.writeString(file, supportYaml);
        return IocSchema.generate(Definitions.load(new YamlLoader(), List.of(file)));
    }

    private static List<String> enumDefinitionNames(JsonNode schema) {
        List<String> names = new ArrayList<>();
        schema.get("$defs").properties().forEach(e -> {
            if (e.getValue().has("enum")) {
                names.add(e.getKey());
            }
        });
        return names;
    }
}
