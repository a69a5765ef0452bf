package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.Generator;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bad inputs, each with the message it must produce and the exact position (file, line, column) it must name.
 * Every case runs the full validation path (support load, instance load, phase 1, expansion, phase 2).
 */
class BadInputTest {

    static final String SUPPORT = """
            module: ty
            entity_models:
              - name: Port
                description: a port
                parameters:
                  name: {type: id, description: port id}
                  s: {type: str, description: a string, default: x}
                  i: {type: int, description: an int, default: 1}
                  f: {type: float, description: a float, default: 1.0}
                  b: {type: bool, description: a bool, default: false}
                  e: {type: enum, description: an enum, values: {low: 1, high: 2, "8": 8}, default: low}
                  l: {type: list, description: a list, default: []}
                  d: {type: dict, description: a dict, default: {}}
                pre_init:
                  - value: port {{ name }} {{ s }}
              - name: Dev
                description: a device
                parameters:
                  port: {type: object, description: the port}
                  x: {type: str, description: needed}
            """;

    /** An instance header; entities follow from line 4. */
    static final String HEAD = "ioc_name: t\ndescription: d\nentities:\n";

    /** (name, instance text, support text or null for SUPPORT, expected message part, file, line, column) */
    static Stream<Arguments> cases() {
        return Stream.of(
                // instance files: entity types and parameters
                inst("unknown type", HEAD + "  - type: ty.Prot\n    name: p0\n", "unknown entity type 'ty.Prot'", 4, 11),
                inst("unknown type suggestion", HEAD + "  - type: ty.Prot\n", "did you mean ty.Port?", 4, 11),
                inst("missing type", HEAD + "  - name: p0\n", "entity has no 'type'", 4, 5),
                inst("type not a string", HEAD + "  - type: [a]\n", "'type' must be a string", 4, 11),
                inst("unknown parameter", HEAD + "  - type: ty.Port\n    nmae: p0\n", "has no parameter 'nmae'", 5, 5),
                inst("unknown parameter suggestion", HEAD + "  - type: ty.Port\n    nmae: p0\n", "did you mean name?", 5, 5),
                inst("str given int", HEAD + "  - type: ty.Port\n    name: p0\n    s: 5\n", "parameter 's' of ty.Port expects a string, got an integer (5)", 6, 8),
                inst("str given bool", HEAD + "  - type: ty.Port\n    name: p0\n    s: yes please\n    b: maybe\n", "expects a boolean", 7, 8),
                inst("str given date", HEAD + "  - type: ty.Port\n    name: p0\n    s: 2024-01-01\n", "expects a string, got a date", 6, 8),
                inst("int given text", HEAD + "  - type: ty.Port\n    name: p0\n    i: abc\n", "expects an integer or a Jinja template string, got a string (abc)", 6, 8),
                inst("int given fraction", HEAD + "  - type: ty.Port\n    name: p0\n    i: 1.5\n", "expects an integer", 6, 8),
                inst("int shows description", HEAD + "  - type: ty.Port\n    name: p0\n    i: abc\n", "i (int): an int", 6, 8),
                inst("float given text", HEAD + "  - type: ty.Port\n    name: p0\n    f: fast\n", "expects a float", 6, 8),
                inst("bool given text", HEAD + "  - type: ty.Port\n    name: p0\n    b: maybe\n", "expects a boolean", 6, 8),
                inst("enum bad key", HEAD + "  - type: ty.Port\n    name: p0\n    e: medium\n", "expects one of 'low', 'high', '8'", 6, 8),
                inst("enum str key given int", HEAD + "  - type: ty.Port\n    name: p0\n    e: 8\n", "expects one of", 6, 8),
                inst("list given int", HEAD + "  - type: ty.Port\n    name: p0\n    l: 5\n", "expects a list", 6, 8),
                inst("dict given list", HEAD + "  - type: ty.Port\n    name: p0\n    d: [1]\n", "expects a mapping", 6, 8),
                inst("id given int", HEAD + "  - type: ty.Port\n    name: 5\n", "expects a string (the entity's id)", 5, 11),
                inst("missing required", HEAD + "  - type: ty.Port\n    name: p0\n  - type: ty.Dev\n    port: p0\n", "missing required parameter 'x'", 6, 5),
                inst("missing required id", HEAD + "  - type: ty.Port\n    s: a\n", "missing required parameter 'name'", 4, 5),
                inst("duplicate id", HEAD + "  - type: ty.Port\n    name: p0\n  - type: ty.Port\n    name: p0\n", "Duplicate id p0 in ['p0']", 7, 11),
                inst("forward reference", HEAD + "  - type: ty.Dev\n    port: p0\n    x: a\n  - type: ty.Port\n    name: p0\n", "object p0 not found in []", 5, 11),
                inst("unknown reference", HEAD + "  - type: ty.Port\n    name: p0\n  - type: ty.Dev\n    port: p9\n    x: a\n", "object p9 not found in ['p0']", 7, 11),
                inst("entity_enabled not bool", HEAD + "  - type: ty.Port\n    name: p0\n    entity_enabled: maybe\n", "'entity_enabled' of entity ty.Port must be true or false", 6, 21),
                inst("undefined template name", HEAD + "  - type: ty.Port\n    name: p0\n    s: \"{{ nothere }}\"\n", "'nothere' is undefined", 6, 8),
                inst("template syntax error", HEAD + "  - type: ty.Port\n    name: p0\n    s: \"{{ 1 + }}\"\n", "error rendering parameter 's'", 6, 8),
                inst("int template not an int", HEAD + "  - type: ty.Port\n    name: p0\n    i: \"{{ 'abc' }}\"\n", "error rendering parameter 'i'", 6, 8),
                // instance files: top level
                inst("unknown top-level key", "ioc_name: t\ndescription: d\nentitys: []\n", "unknown key 'entitys' in the instance file", 3, 1),
                inst("top-level suggestion", "iocname: t\ndescription: d\nentities: []\n", "did you mean ioc_name?", 1, 1),
                inst("missing ioc_name", "description: d\nentities: []\n", "the instance file has no 'ioc_name'", 1, 1),
                inst("missing entities", "ioc_name: t\ndescription: d\n", "the instance file has no 'entities'", 1, 1),
                inst("entities not a list", "ioc_name: t\ndescription: d\nentities: {a: 1}\n", "'entities' of the instance file must be a list", 3, 11),
                inst("entity not a mapping", HEAD + "  - 5\n", "an entity must be a mapping", 4, 5),
                inst("instance not a mapping", "- a\n- b\n", "an instance file must be a mapping", 1, 1),
                inst("empty instance", "# nothing here\n", "instance file is empty", 1, 1),
                // YAML syntax
                inst("tab indentation", HEAD + "  - type: ty.Port\n\tname: p0\n", "tab", 5, 1),
                inst("unclosed flow sequence", HEAD + "  - type: ty.Port\n    l: [1, 2\n", "", 6, 0),
                inst("duplicate key", HEAD + "  - type: ty.Port\n    name: p0\n    name: p1\n", "duplicate key 'name'", 6, 5),
                inst("bad indentation", "ioc_name: t\n  description: d\n", "", 2, 0),
                rawInst("non-UTF-8 bytes", (HEAD + "  - type: ty.Port\n    name: p").getBytes(StandardCharsets.UTF_8), "UTF-8", 5, 0),
                // support files
                sup("pre-3.0 format", "module: old\ndefs:\n  - name: X\n", "pre-3.0 ibek format", 2, 1),
                sup("unknown parameter type", "module: m\nentity_models:\n  - name: X\n    description: x\n    parameters:\n      a: {type: string, description: d}\n", "unknown parameter type 'string'", 6, 17),
                sup("str default not a string", "module: m\nentity_models:\n  - name: X\n    description: x\n    parameters:\n      a: {type: str, description: d, default: 0}\n", "the default of parameter 'a' of entity model 'X' must be a string", 6, 47),
                sup("int default not an int", "module: m\nentity_models:\n  - name: X\n    description: x\n    parameters:\n      a: {type: int, description: d, default: abc}\n", "must be an integer or a Jinja template string", 6, 47),
                sup("model without description", "module: m\nentity_models:\n  - name: X\n", "entity model 'X' has no 'description'", 3, 5),
                sup("unknown model key", "module: m\nentity_models:\n  - name: X\n    description: x\n    paramters: {}\n", "did you mean parameters?", 5, 5),
                sup("duplicate model name", "module: m\nentity_models:\n  - name: X\n    description: x\n  - name: X\n    description: y\n", "duplicate entity model name 'X'", 5, 5),
                sup("enum without values", "module: m\nentity_models:\n  - name: X\n    description: x\n    parameters:\n      a: {type: enum, description: d}\n", "is an enum without 'values'", 6, 10),
                sup("database without args", "module: m\nentity_models:\n  - name: X\n    description: x\n    databases:\n      - file: a.db\n", "has no 'args'", 6, 9),
                sup("script item unknown key", "module: m\nentity_models:\n  - name: X\n    description: x\n    pre_init:\n      - valeu: a\n", "unknown key 'valeu'", 6, 9),
                sup("comment when", "module: m\nentity_models:\n  - name: X\n    description: x\n    pre_init:\n      - {type: comment, when: sometimes, value: a}\n", "'when' of a comment must be first, every or last", 6, 31),
                sup("define type", "module: m\nentity_models:\n  - name: X\n    description: x\n    post_defines:\n      a: {description: d, value: v, type: dict}\n", "unknown define type 'dict'", 6, 43),
                sup("support missing module", "entity_models: []\n", "the support file has no 'module'", 1, 1),
                sup("empty support file", "\n", "support file is empty", 0, 0));
    }

    static Arguments inst(String name, String instance, String message, int line, int column) {
        return Arguments.of(name, instance.getBytes(StandardCharsets.UTF_8), SUPPORT, message, "ioc.yaml", line, column);
    }

    static Arguments rawInst(String name, byte[] instance, String message, int line, int column) {
        byte[] bad = new byte[instance.length + 2];
        System.arraycopy(instance, 0, bad, 0, instance.length);
        bad[instance.length] = (byte) 0xff;
        bad[instance.length + 1] = '\n';
        return Arguments.of(name, bad, SUPPORT, message, "ioc.yaml", line, column);
    }

    static Arguments sup(String name, String support, String message, int line, int column) {
        return Arguments.of(name, "ioc_name: t\ndescription: d\nentities: []\n".getBytes(StandardCharsets.UTF_8), support, message, "ty.ibek.support.yaml", line, column);
    }

    /** column 0 means "any column" (parser messages whose column is the parser's choice). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsMessageAndPosition(String name, byte[] instance, String support, String message, String file,
                                   int line, int column, @TempDir Path dir) throws IOException {
        Path supportFile = dir.resolve("ty.ibek.support.yaml");
        Files.writeString(supportFile, support);
        Path instanceFile = dir.resolve("ioc.yaml");
        Files.write(instanceFile, instance);
        UserError error = assertThrows(UserError.class, () -> validate(instanceFile, supportFile));
        List<Problem> problems = error.problems();
        String all = problems.stream().map(Problem::headline).collect(Collectors.joining("\n"));
        Problem match = problems.stream().filter(p -> p.headline().contains(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no problem mentions '" + message + "':\n" + all));
        assertEquals(file, match.position().file().getFileName().toString(), all);
        assertEquals(line, match.position().line(), "line of: " + match.headline());
        if (column > 0) {
            assertEquals(column, match.position().column(), "column of: " + match.headline());
        }
        assertTrue(line == 0 || match.position().hasLine());
    }

    static void validate(Path instance, Path support) throws UserError {
        YamlLoader yaml = new YamlLoader();
        new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(List.of(instance),
                Definitions.load(yaml, List.of(support)), Map.of(), false));
    }
}
