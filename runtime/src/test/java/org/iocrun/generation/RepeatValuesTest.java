package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ibek.repeat's {@code values} is {@code list | str} (ibek_builtin/repeat.py; RepeatEntity in ibek's IOC schema:
 * anyOf array, string). A template without {@code | list }}} renders to a string, which pydantic keeps and
 * {@code resolve_sub_entities} iterates character by character ({@code for i, v in enumerate(e.values)}), so
 * "xy" gives two entities, x and y: {@code list(enumerate("xy")) == [(0, 'x'), (1, 'y')]}. iocrun does the same
 * and warns.
 */
class RepeatValuesTest {

    @TempDir
    Path dir;

    @Test
    void aRenderedStringIsIteratedByCharacterAsInPython() throws Exception {
        Path support = dir.resolve("t.ibek.support.yaml");
        Files.writeString(support, """
                module: t
                entity_models:
                  - name: Parent
                    description: p
                    parameters:
                      letters: {type: str, description: letters}
                    sub_entities:
                      - type: ibek.repeat
                        values: "{{ letters }}"
                        entity: {type: t.Child, name: "c_{{ index }}_{{ index_num }}"}
                  - name: Child
                    description: c
                    parameters:
                      name: {type: str, description: n}
                    pre_init:
                      - value: child {{ name }}
                """);
        Path ioc = dir.resolve("ioc.yaml");
        Files.writeString(ioc, "ioc_name: r\ndescription: d\nentities:\n  - type: t.Parent\n    letters: xy\n");
        YamlLoader yaml = new YamlLoader();
        GeneratedFiles g = new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(List.of(ioc),
                Definitions.load(yaml, List.of(support)), Map.of("IOC", "/epics/ioc", "RUNTIME_DIR", "/epics/runtime"), false));
        assertTrue(g.stCmd().contains("\nchild c_x_0\nchild c_y_1\n"), g.stCmd());
        List<String> warnings = g.warnings().stream().map(Problem::message).toList();
        assertEquals(1, warnings.stream().filter(w -> w.contains("rendered to the string 'xy', not a list")).count(), warnings.toString());
    }

    /**
     * List items of a sub-entity are rendered by the same {@code UTILS.render(context, v)} as its other values
     * ({@code _make_entity}), so the implicit {@code | int }}} coercion applies to an item: "{{ 1 + 1 | int }}"
     * renders "2", {@code int(ast.literal_eval("2"))} is 2, and the list prints as {@code str([2, '3'])} == "[2, '3']".
     */
    @Test
    void subEntityListItemsFollowTheImplicitCoercion() throws Exception {
        Path support = dir.resolve("t.ibek.support.yaml");
        Files.writeString(support, """
                module: t
                entity_models:
                  - name: Parent
                    description: p
                    sub_entities:
                      - {type: t.Child, items: ["{{ 1 + 1 | int }}", "{{ 3 }}"]}
                  - name: Child
                    description: c
                    parameters:
                      items: {type: list, description: n}
                    pre_init:
                      - value: child {{ items }}
                """);
        Path ioc = dir.resolve("ioc.yaml");
        Files.writeString(ioc, "ioc_name: r\ndescription: d\nentities:\n  - type: t.Parent\n");
        YamlLoader yaml = new YamlLoader();
        GeneratedFiles g = new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(List.of(ioc),
                Definitions.load(yaml, List.of(support)), Map.of("IOC", "/epics/ioc", "RUNTIME_DIR", "/epics/runtime"), false));
        assertTrue(g.stCmd().contains("\nchild [2, '3']\n"), g.stCmd());
    }
}
