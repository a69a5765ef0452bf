package org.iocrun.generation;

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

/** A generated 2,000-entity instance renders, with the line counts and counter values its structure implies. */
class LargeInstanceTest {

    static final String SUPPORT = """
            module: big
            entity_models:
              - name: Controller
                description: a controller
                parameters:
                  name: {type: id, description: id}
                  P: {type: str, description: prefix}
                pre_init:
                  - value: "controllerCreate({{ name }}, {{ _global.incrementor('ctrl', start=1) }})"
                databases:
                  - {file: controller.db, args: {P: , name: }}
              - name: Axis
                description: an axis
                parameters:
                  controller: {type: object, description: its controller}
                  ADDR: {type: int, description: axis number}
                  M: {type: str, description: suffix, default: "M{{ ADDR }}"}
                env_vars:
                  - {name: "AX_{{ controller }}_{{ ADDR }}", value: "{{ ADDR * 10 }}"}
                post_init:
                  - value: "axisConfig({{ controller }}, {{ ADDR }})"
                databases:
                  - {file: axis.db, args: {P: "{{ controller.P }}", M: , ADDR: }}
            """;

    @TempDir
    Path dir;

    @Test
    void twoThousandEntitiesRenderWithTheExpectedStructure() throws Exception {
        int controllers = 200;
        int axesPerController = 9;
        StringBuilder ioc = new StringBuilder("ioc_name: big\ndescription: 2000 entities\nentities:\n");
        for (int c = 0; c < controllers; c++) {
            ioc.append("  - {type: big.Controller, name: c").append(c).append(", P: 'BL:C").append(c).append(":'}\n");
            for (int a = 1; a <= axesPerController; a++) {
                ioc.append("  - {type: big.Axis, controller: c").append(c).append(", ADDR: ").append(a).append("}\n");
            }
        }
        Files.writeString(dir.resolve("big.ibek.support.yaml"), SUPPORT);
        Files.writeString(dir.resolve("ioc.yaml"), ioc);
        YamlLoader yaml = new YamlLoader();
        GeneratedFiles g = new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(
                List.of(dir.resolve("ioc.yaml")), Definitions.load(yaml, List.of(dir.resolve("big.ibek.support.yaml"))),
                Map.of("IOC", "/epics/ioc", "RUNTIME_DIR", "/epics/runtime"), false));

        int axes = controllers * axesPerController;
        assertEquals(2000, g.entities().size());
        List<String> lines = g.stCmd().lines().toList();
        assertEquals(axes, lines.stream().filter(l -> l.startsWith("epicsEnvSet AX_")).count());
        assertEquals(controllers, lines.stream().filter(l -> l.startsWith("controllerCreate(")).count());
        assertEquals(axes, lines.stream().filter(l -> l.startsWith("axisConfig(")).count());
        assertTrue(lines.contains("controllerCreate(c0, 1)"));
        assertTrue(lines.contains("controllerCreate(c199, 200)"), "the counter advances once per controller");
        assertTrue(lines.contains("epicsEnvSet AX_c57_3 30"));
        int firstPost = lines.indexOf("axisConfig(c0, 1)");
        int iocInit = lines.indexOf("iocInit");
        assertTrue(iocInit > 0 && firstPost > iocInit, "post_init after iocInit");
        List<String> subst = g.iocSubst().lines().toList();
        assertEquals(2, subst.stream().filter(l -> l.startsWith("file ")).count());
        assertEquals(controllers + axes + 2, subst.stream().filter(l -> l.startsWith("\t{ ")).count(), "rows plus one header per file");
        assertTrue(g.iocSubst().contains("\"BL:C199:\", \"M9\", \"9\""), "axis rows take the controller's prefix");
    }
}
