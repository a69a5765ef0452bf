package org.iocrun.loading;

import org.iocrun.diagnostics.UserError;
import org.iocrun.model.EntityModel;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Values of a support file that ibek's models declare typed are read by pydantic in lax mode (issue 16): the
 * bool fields {@code pvi.ui_index}, {@code pvi.pv} and a sub-entity's {@code entity_enabled}
 * ({@code TypeAdapter(bool).validate_python(v)}), and int/float/bool parameter defaults
 * ({@code TypeAdapter(Optional[Union[T, JinjaStr]]).validate_python(v)}). YAML 1.2 reads {@code yes}/{@code off}
 * as strings, which pydantic then makes bools; the expected column is what those Python expressions give.
 */
class SupportLaxValuesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "pv: {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "true   | true  ",   // TypeAdapter(bool).validate_python(True) -> True
            "yes    | true  ",   // validate_python('yes') -> True (YAML 1.2: 'yes' is a string)
            "'on'   | true  ",   // validate_python('on') -> True
            "1      | true  ",   // validate_python(1) -> True
            "Off    | false ",   // validate_python('Off') -> False
            "0      | false ",   // validate_python(0) -> False
            "'n'    | false ",   // validate_python('n') -> False
            "2      | ERROR ",   // validate_python(2) -> bool_parsing error
            "maybe  | ERROR ",   // validate_python('maybe') -> bool_parsing error
            "'\" yes\"' | ERROR ",   // validate_python(' yes') -> bool_parsing error (not stripped)
    })
    void pviBoolsAreLax(String yaml, String expected) throws Exception {
        String support = """
                module: t
                entity_models:
                  - name: Dev
                    description: d
                    parameters:
                      P: {type: str, description: p}
                    pvi:
                      yaml_path: dev.pvi.device.yaml
                      ui_macros: {P: }
                      pv: %s
                      ui_index: %s
                """.formatted(yaml, yaml);
        if (expected.equals("ERROR")) {
            assertThrows(UserError.class, () -> load(support));
            return;
        }
        EntityModel model = load(support);
        assertEquals(Boolean.parseBoolean(expected), model.pvi().orElseThrow().pv());
        assertEquals(Boolean.parseBoolean(expected), model.pvi().orElseThrow().uiIndex());
    }

    @ParameterizedTest(name = "{0} default {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "int   | '5'      | 5       ",   // TypeAdapter(Optional[Union[int, JinjaStr]]).validate_python('5') -> 5
            "int   | ' 5 '    | 5       ",   // validate_python(' 5 ') -> 5
            "int   | 7.0      | 7       ",   // validate_python(7.0) -> 7
            "int   | true     | 1       ",   // validate_python(True) -> 1
            "int   | '1_000'  | 1000    ",   // validate_python('1_000') -> 1000
            "int   | 7.5      | ERROR   ",   // validate_python(7.5) -> int_from_float error
            "float | 0        | 0.0     ",   // Optional[Union[float, JinjaStr]]: validate_python(0) -> 0.0
            "float | '1.5'    | 1.5     ",   // validate_python('1.5') -> 1.5
            "float | 1e-06    | 1.0E-6  ",   // YAML 1.2 float 1e-06 -> 1e-06
            "bool  | 'yes'    | true    ",   // Optional[Union[bool, JinjaStr]]: validate_python('yes') -> True
            "bool  | 0        | false   ",   // validate_python(0) -> False
            "bool  | '\"{{ x }}\"' | '{{ x }}'",  // a Jinja string stays a string, rendered in phase 1
    })
    void defaultsAreLax(String type, String yaml, String expected) throws Exception {
        String support = """
                module: t
                entity_models:
                  - name: Dev
                    description: d
                    parameters:
                      x: {type: int, description: x, default: 0}
                      v: {type: %s, description: v, default: %s}
                """.formatted(type, yaml);
        if (expected.equals("ERROR")) {
            assertThrows(UserError.class, () -> load(support));
            return;
        }
        Object value = load(support).parameters().get("v").defaultValue();
        assertEquals(expected.replace("'", ""), String.valueOf(value));
        Class<?> javaType = switch (type) {
            case "int" -> Long.class;
            case "float" -> Double.class;
            default -> expected.startsWith("{{") ? String.class : Boolean.class;
        };
        assertEquals(javaType, value.getClass());
    }

    private EntityModel load(String support) throws Exception {
        Path file = dir.resolve("t.ibek.support.yaml");
        Files.writeString(file, support);
        return Definitions.load(new YamlLoader(), List.of(file)).find("t.Dev").orElseThrow();
    }
}
