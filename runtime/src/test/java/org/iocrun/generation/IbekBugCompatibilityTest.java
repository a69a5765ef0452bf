package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ibek's known bugs (ibek-behaviour §9 known bugs): items 1-10 are reproduced because real images behave that way (with
 * a warning where the input triggers one); items 11-14 are clear errors instead of crashes. One test per item.
 */
class IbekBugCompatibilityTest {

    @TempDir
    Path dir;

    GeneratedFiles generate(String support, String entities) throws IOException, UserError {
        Path supportFile = dir.resolve("t.ibek.support.yaml");
        Files.writeString(supportFile, "module: t\nentity_models:\n" + support);
        Path ioc = dir.resolve("ioc.yaml");
        Files.writeString(ioc, "ioc_name: bugs\ndescription: d\nentities:\n" + entities);
        YamlLoader yaml = new YamlLoader();
        return new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(List.of(ioc),
                Definitions.load(yaml, List.of(supportFile)), Map.of("IOC", "/epics/ioc", "RUNTIME_DIR", "/epics/runtime"), false));
    }

    static String warnings(GeneratedFiles g) {
        return g.warnings().stream().map(Problem::headline).collect(Collectors.joining("\n"));
    }

    static String errors(UserError e) {
        return e.problems().stream().map(Problem::headline).collect(Collectors.joining("\n"));
    }

    @Test
    void bug1_envVarsOfOneEntityShareOneLine() throws Exception {
        GeneratedFiles g = generate("""
                  - name: E
                    description: d
                    env_vars:
                      - {name: A, value: "1"}
                      - {name: B, value: "2"}
                """, "  - type: t.E\n");
        assertTrue(g.stCmd().contains("\nepicsEnvSet A 1epicsEnvSet B 2\n"), g.stCmd());
        assertTrue(warnings(g).contains("t.ibek.support.yaml:7:") && warnings(g).contains("no separator"), warnings(g));
    }

    @Test
    void bug2_onlyTheFirstWhenFirstItemOfAModelIsEverWritten() throws Exception {
        GeneratedFiles g = generate("""
                  - name: W
                    description: d
                    pre_init:
                      - {when: first, value: "first A"}
                      - {when: first, value: "first B"}
                      - {when: once, value: "once {{ 1 }}"}
                    post_init:
                      - {when: first, value: "post first"}
                """, "  - type: t.W\n  - type: t.W\n");
        assertTrue(g.stCmd().contains("first A\nonce 1\nonce 1\n"), g.stCmd());
        assertFalse(g.stCmd().contains("first B"));
        assertFalse(g.stCmd().contains("post first"), "post_init shares the first-item record with pre_init");
        assertTrue(warnings(g).contains("t.ibek.support.yaml:7:") && warnings(g).contains("never written"), warnings(g));
    }

    @Test
    void bug2_whenLastIsAnErrorAsInIbek() {
        UserError e = assertThrows(UserError.class, () -> generate("""
                  - name: L
                    description: d
                    post_init:
                      - {type: comment, when: last, value: x}
                """, "  - type: t.L\n"));
        assertTrue(errors(e).contains("t.ibek.support.yaml:6:") && errors(e).contains("'when: last' is not implemented"), errors(e));
    }

    @Test
    void bug3_enumValuesAreMappedForTopLevelEntitiesOnlyAndAfterDefines() throws Exception {
        GeneratedFiles g = generate("""
                  - name: P
                    description: d
                    parameters:
                      e: {type: enum, description: d, values: {low: 1, high: 2}, default: low}
                    post_defines:
                      seen: {description: d, value: "{{ e }}"}
                    pre_init:
                      - value: "e={{ e }} seen={{ seen }}"
                    sub_entities:
                      - {type: t.C, e: high}
                  - name: C
                    description: d
                    parameters:
                      e: {type: enum, description: d, values: {low: 1, high: 2}, default: low}
                    pre_init:
                      - value: "child e={{ e }}"
                """, "  - {type: t.P, e: high}\n");
        assertTrue(g.stCmd().contains("e=2 seen=high\nchild e=high\n"), g.stCmd());
    }

    @Test
    void bug4_subEntitiesSeeTheParentsDumpAccumulatedAcrossSiblings() throws Exception {
        GeneratedFiles g = generate("""
                  - name: Port
                    description: d
                    parameters:
                      name: {type: id, description: d}
                  - name: Parent
                    description: d
                    parameters:
                      port: {type: object, description: d}
                      n: {type: int, description: d}
                    post_defines:
                      late: {description: d, value: "x"}
                    sub_entities:
                      - {type: t.Child, text: "{{ port.name }} {{ n }}"}
                  - name: Child
                    description: d
                    parameters:
                      text: {type: str, description: d}
                    pre_init:
                      - value: "child {{ text }}"
                """, "  - {type: t.Port, name: p1}\n  - {type: t.Parent, port: p1, n: 7}\n");
        assertTrue(g.stCmd().contains("child p1 7\n"), "references are dicts in the sub-entity context: " + g.stCmd());
        UserError e = assertThrows(UserError.class, () -> generate("""
                  - name: Parent
                    description: d
                    post_defines:
                      late: {description: d, value: "x"}
                    sub_entities:
                      - {type: t.Child, text: "{{ late }}"}
                  - name: Child
                    description: d
                    parameters:
                      text: {type: str, description: d}
                """, "  - {type: t.Parent}\n"));
        assertTrue(errors(e).contains("'late' is undefined"), "defines are invisible to sub-entities: " + errors(e));
    }

    @Test
    void bug5_aDisabledParentStillGeneratesItsSubEntities() throws Exception {
        GeneratedFiles g = generate("""
                  - name: Parent
                    description: d
                    pre_init:
                      - value: parent line
                    sub_entities:
                      - {type: t.Child}
                  - name: Child
                    description: d
                    pre_init:
                      - value: child line
                """, "  - {type: t.Parent, entity_enabled: false}\n");
        assertFalse(g.stCmd().contains("parent line"));
        assertTrue(g.stCmd().contains("child line"));
        assertTrue(warnings(g).contains("ioc.yaml:4:") && warnings(g).contains("disabled but its 1 sub-entities"), warnings(g));
    }

    @Test
    void bug6_topLevelWaitIpIsNotRenderedButOneInARepeatIs() throws Exception {
        GeneratedFiles g = generate("""
                  - name: Nothing
                    description: d
                """, """
                  - {type: ibek.wait_ip, device: "{{ ioc_name }}-dev", address: "10.0.0.1:1"}
                  - type: ibek.repeat
                    values: [2]
                    entity: {type: ibek.wait_ip, device: "{{ ioc_name }}-{{ index }}", address: "10.0.0.2:1"}
                """);
        String waits = g.waitList().orElseThrow();
        assertTrue(waits.contains("device: '{{ ioc_name }}-dev'"), "written as YAML quotes it, not rendered: " + waits);
        assertTrue(waits.contains("device: bugs-2"), waits);
    }

    @Test
    void bug7_substitutionCellsAreNotEscapedAndTheFirstRowFixesTheHeader() throws Exception {
        GeneratedFiles g = generate("""
                  - name: D
                    description: d
                    parameters:
                      v: {type: str, description: d}
                    databases:
                      - file: x.db
                        args: {V: "{{ v }}"}
                """, "  - {type: t.D, v: 'say \"hi\"'}\n");
        assertTrue(g.iocSubst().contains("{ \"say \"hi\"\" }"), g.iocSubst());
        UserError e = assertThrows(UserError.class, () -> generate("""
                  - name: One
                    description: d
                    databases:
                      - {file: x.db, args: {A: "1"}}
                  - name: Two
                    description: d
                    databases:
                      - {file: x.db, args: {A: "1", B: "2"}}
                """, "  - {type: t.One}\n  - {type: t.Two}\n"));
        assertTrue(errors(e).contains("has 2 values but the first row for that file has 1"), errors(e));
    }

    @Test
    void bug8_theImplicitCoercionAppliesToTheWholeRenderedText() throws Exception {
        GeneratedFiles g = generate("""
                  - name: C
                    description: d
                    databases:
                      - {file: x.db, args: {A: "{{ '007' | int }}", B: "{{ 6 | int + 1}}"}}
                """, "  - {type: t.C}\n");
        assertTrue(g.iocSubst().contains("\"7\", \"7\""), g.iocSubst());
        UserError e = assertThrows(UserError.class, () -> generate("""
                  - name: C
                    description: d
                    databases:
                      - {file: x.db, args: {A: "{{ 1 | int }} and {{ 2 }}"}}
                """, "  - {type: t.C}\n"));
        assertTrue(errors(e).contains("as a Python literal for int"), errors(e));
    }

    @Test
    void bug9_topLevelListValuesAreNotRenderedButListsInRepeatsAre() throws Exception {
        String support = """
                  - name: L
                    description: d
                    parameters:
                      l: {type: list, description: d}
                    pre_init:
                      - value: "l={{ l }}"
                """;
        GeneratedFiles g = generate(support, """
                  - {type: t.L, l: ["{{ 1 + 1 }}"]}
                  - type: ibek.repeat
                    values: [5]
                    entity: {type: t.L, l: ["{{ index }}"]}
                """);
        assertTrue(g.stCmd().contains("l=['{{ 1 + 1 }}']\nl=['5']\n"), g.stCmd());
    }

    @Test
    void bug10_aListDefineIsOneObjectSharedByEveryInstance() throws Exception {
        GeneratedFiles g = generate("""
                  - name: M
                    description: d
                    parameters:
                      x: {type: str, description: d}
                    post_defines:
                      shared: {description: d, type: list, value: []}
                    pre_init:
                      - value: "{{ shared.append(x) or '' }}{{ shared }}"
                """, "  - {type: t.M, x: a}\n  - {type: t.M, x: b}\n");
        assertTrue(g.stCmd().contains("['a']\n['a', 'b']\n"), g.stCmd());
    }

    @Test
    void bug12_missingUiMacrosAndNullArgsAreClearErrors() {
        UserError e = assertThrows(UserError.class, () -> generate("""
                  - name: D
                    description: d
                    databases:
                      - {file: x.db, args: null}
                """, "  - {type: t.D}\n"));
        assertTrue(errors(e).contains("t.ibek.support.yaml:6:") && errors(e).contains("'args' of the databases item for 'x.db' is null"), errors(e));
    }

    @Test
    void bug13_theSameTypeInTwoSupportFilesIsAClearError() throws Exception {
        Path a = dir.resolve("a.ibek.support.yaml");
        Path b = dir.resolve("b.ibek.support.yaml");
        Files.writeString(a, "module: m\nentity_models:\n  - {name: X, description: d}\n");
        Files.writeString(b, "module: m\nentity_models:\n  - {name: Y, description: d}\n  - {name: X, description: e}\n");
        UserError e = assertThrows(UserError.class, () -> Definitions.load(new YamlLoader(), List.of(a, b)));
        assertTrue(errors(e).contains("b.ibek.support.yaml:4:") && errors(e).contains("entity type m.X is defined twice")
                && errors(e).contains("a.ibek.support.yaml:3:"), errors(e));
    }

    @Test
    void bug14_anUnknownTypeInSubEntitiesIsAClearError() {
        UserError e = assertThrows(UserError.class, () -> generate("""
                  - name: Parent
                    description: d
                    sub_entities:
                      - {type: t.Chidl}
                  - name: Child
                    description: d
                """, "  - {type: t.Parent}\n"));
        assertTrue(errors(e).contains("t.ibek.support.yaml:6:") && errors(e).contains("unknown entity type 't.Chidl'")
                && errors(e).contains("did you mean t.Child?"), errors(e));
    }
}
