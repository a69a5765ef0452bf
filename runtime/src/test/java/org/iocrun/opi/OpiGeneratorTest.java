package org.iocrun.opi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The pvi step's rules around the screens: which files, index buttons, rows and errors. */
class OpiGeneratorTest {

    private static final Path SAMPLE_DEFS = CorpusPviCase.shared().resolve("corpus/ibek-samples/epics/pvi-defs");

    @TempDir
    Path config;

    private static PviEntity entity(String yamlPath, boolean uiIndex, Map<String, String> macros, boolean pv) {
        return new PviEntity(yamlPath, uiIndex, macros, pv, "$(P)", new SourcePosition(Path.of("ioc.yaml"), 7, 5));
    }

    private static Map<String, String> macros(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** (file, macros) of every button on a screen, in order. */
    private static List<String> buttons(String bob) throws Exception {
        Element root = CanonicalXml.parse(bob);
        List<String> out = new ArrayList<>();
        NodeList actions = root.getElementsByTagName("action");
        for (int i = 0; i < actions.getLength(); i++) {
            Element action = (Element) actions.item(i);
            String file = action.getElementsByTagName("file").item(0).getTextContent();
            NodeList macros = action.getElementsByTagName("macros");
            String args = macros.getLength() == 0 ? "" : macros.item(0).getTextContent().strip().replaceAll("\\s+", ",");
            out.add(file + "(" + args + ")");
        }
        return out;
    }

    @Test
    void drawsEachDeviceOnceButGivesEveryEntityItsButtonRowAndTemplate() throws Exception {
        OpiOutputs out = new OpiGenerator(SAMPLE_DEFS, config).generate("ioc-1", List.of(
                entity("simple.pvi.device.yaml", true, macros("P", "A:"), true),
                entity("simple.pvi.device.yaml", false, macros("P", "B:"), true),
                entity("simple.pvi.device.yaml", true, macros("P", "C:"), false)));
        assertEquals(List.of("simple.pvi.bob", "index.bob"), List.copyOf(out.opiFiles().keySet()));
        assertEquals(List.of("simple.pvi.template"), List.copyOf(out.runtimeTemplates().keySet()));
        assertEquals(List.of(new PviSubstitution("simple.pvi.template", macros("P", "A:")),
                new PviSubstitution("simple.pvi.template", macros("P", "B:"))), out.substitutions());
        assertEquals(List.of("simple.pvi.bob(A:)", "simple.pvi.bob(C:)"), buttons(out.opiFiles().get("index.bob")));
        assertEquals("ioc-1", CanonicalXml.parse(out.opiFiles().get("index.bob"))
                .getElementsByTagName("name").item(0).getTextContent());
    }

    /** ibek writes index.bob whenever pvi is on, even for an IOC without screens. */
    @Test
    void indexIsAlwaysProduced() throws Exception {
        OpiOutputs out = new OpiGenerator(SAMPLE_DEFS, config).generate("counter", List.of());
        assertEquals(List.of("index.bob"), List.copyOf(out.opiFiles().keySet()));
        Element display = CanonicalXml.parse(out.opiFiles().get("index.bob"));
        assertEquals("10", display.getElementsByTagName("width").item(0).getTextContent());
        assertEquals("35", display.getElementsByTagName("height").item(0).getTextContent());
        assertTrue(out.runtimeTemplates().isEmpty());
        assertTrue(out.substitutions().isEmpty());
    }

    /** ibek's test_pvi_config_override. */
    @Test
    void deviceFileInConfigFolderOverridesPviDefs() throws Exception {
        Files.writeString(config.resolve("simple.pvi.device.yaml"), """
                label: Overridden Device
                children:
                  - type: SignalR
                    name: SimplePV
                    read_pv: $(P)Simple
                    read_widget:
                      type: TextRead
                """);
        String bob = new OpiGenerator(SAMPLE_DEFS, config).generate("ioc", List.of(
                entity("simple.pvi.device.yaml", true, macros("P", "X:"), false))).opiFiles().get("simple.pvi.bob");
        assertTrue(bob.contains("Overridden Device"));
        assertFalse(bob.contains("Simple Device"));
    }

    /** ibek's test_find_pvi_device: the override matches on the file name, whatever folder yaml_path names. */
    @Test
    void overrideMatchesOnFileNameOnly() throws Exception {
        Files.writeString(config.resolve("simple.pvi.device.yaml"), "label: From Config\nchildren: []\n");
        String bob = new OpiGenerator(SAMPLE_DEFS, config).generate("ioc", List.of(
                entity("sub/simple.pvi.device.yaml", false, null, false))).opiFiles().get("simple.pvi.bob");
        assertTrue(bob.contains("From Config"));
    }

    /** ibek's test_pvi_config_override_parent: a config file also overrides a parent device. */
    @Test
    void configFolderOverridesParentDevices() throws Exception {
        Files.writeString(config.resolve("NDPluginDriver.pvi.device.yaml"), """
                label: NDPluginDriver
                parent: asynNDArrayDriver
                children:
                  - type: SignalR
                    name: OverriddenParentSignal
                    read_pv: $(P)$(R)OverriddenParentSignal_RBV
                    read_widget:
                      type: TextRead
                """);
        OpiOutputs out = new OpiGenerator(SAMPLE_DEFS, config).generate("ioc", List.of(
                entity("NDPluginStats.pvi.device.yaml", true, macros("P", "X:", "R", "Y:"), true)));
        String bob = out.opiFiles().get("NDPluginStats.pvi.bob");
        assertTrue(bob.contains("OverriddenParentSignal"));
        assertFalse(bob.contains("EnableCallbacks"));
        assertTrue(out.runtimeTemplates().get("NDPluginStats.pvi.template").contains("pvi.OverriddenParentSignal.r"));
    }

    @Test
    void everyBadEntityIsReportedAtItsPosition() {
        UserError error = assertThrows(UserError.class, () -> new OpiGenerator(SAMPLE_DEFS, config).generate("ioc",
                List.of(entity("missing.pvi.device.yaml", true, macros("P", "A"), false),
                        entity("simple.pvi.device.yaml", false, null, true),
                        entity("simple.pvi.device.yaml", true, null, false))));
        assertEquals(3, error.problems().size(), error.getMessage());
        assertEquals("ioc.yaml:7:5", error.problems().get(0).position().toString());
        assertTrue(error.problems().get(0).message().contains("'missing.pvi.device.yaml' not found"));
        assertTrue(error.problems().get(0).hint().contains(SAMPLE_DEFS.resolve("missing.pvi.device.yaml").toString()));
        assertEquals("pvi.pv is set but pvi.ui_macros is missing", error.problems().get(1).message());
        assertEquals("pvi.ui_index is set but pvi.ui_macros is missing", error.problems().get(2).message());
    }

    @Test
    void worksWithoutConfigFolder() throws Exception {
        OpiOutputs out = new OpiGenerator(SAMPLE_DEFS, null).generate("ioc", List.of(
                entity("simple.pvi.device.yaml", true, macros("P", "A:"), false)));
        assertTrue(out.opiFiles().containsKey("simple.pvi.bob"));
    }

}
