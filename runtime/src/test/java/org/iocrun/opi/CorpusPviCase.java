package org.iocrun.opi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.iocrun.diagnostics.SourcePosition;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One conformance case of the shared corpus with the pvi inputs the generation layer would hand over, derived
 * without templating: the entities with a {@code pvi:} block are the buttons of the case's golden
 * {@code index.bob} (every definition in the corpus keeps the default {@code ui_index: true}), in order, with
 * their rendered macros; {@code pv} and {@code pv_prefix} come from the support definition whose
 * {@code yaml_path} names that device file. Test helper.
 *
 * @param expectedOpi       folder of the golden screens
 * @param expectedTemplates folder of the golden {@code .pvi.template}s
 * @param expectedSubst     the golden {@code ioc.subst}
 */
record CorpusPviCase(String name, Path expectedOpi, Path expectedTemplates, Path expectedSubst, Path pviDefs,
                     Path configDir, String iocName, List<PviEntity> entities) {

    /** Definitions whose yaml_path is templated, so the device file name cannot be matched literally. */
    private static final Map<String, String> TEMPLATED_YAML_PATHS =
            Map.of("ADAravis-BL47P-EA-DET-01", "ADAravis.aravisSettings");

    static Path shared() {
        return Path.of(System.getProperty("iocrun.shared"));
    }

    /** Every case with golden pvi output: the ibek sample cases, then the real instances. */
    static List<CorpusPviCase> all(Path flatPviDefs) throws Exception {
        List<CorpusPviCase> cases = new ArrayList<>();
        Path samples = shared().resolve("corpus/ibek-samples");
        List<Path> sampleSupport = list(samples.resolve("support"), "*.ibek.support.yaml");
        for (Path dir : list(samples.resolve("outputs-current-pvi"), "*")) {
            String name = dir.getFileName().toString();
            cases.add(build("ibek-samples/" + name, dir, samples.resolve("outputs").resolve(name), dir,
                    samples.resolve("epics/pvi-defs"), null, sampleSupport));
        }
        Path instances = shared().resolve("corpus/instances");
        List<Path> corpusSupport;
        try (Stream<Path> s = Files.walk(shared().resolve("corpus/ibek-support"))) {
            corpusSupport = s.filter(p -> p.toString().endsWith(".ibek.support.yaml")).sorted().toList();
        }
        for (Path dir : list(instances, "*")) {
            Path opi = dir.resolve("expected/opi");
            if (!Files.isDirectory(opi)) {
                continue;
            }
            Path config = dir.resolve("config");
            List<Path> support = new ArrayList<>(corpusSupport);
            support.addAll(list(config, "*.ibek.support.yaml"));
            Path runtime = dir.resolve("expected/runtime");
            cases.add(build("instances/" + dir.getFileName(), opi, runtime, runtime, flatPviDefs, config, support));
        }
        return cases;
    }

    /** A folder like the image's /epics/pvi-defs: every corpus device file, flat, as symlinks. */
    static void linkCorpusPviDefs(Path target) throws IOException {
        try (Stream<Path> s = Files.walk(shared().resolve("corpus/ibek-support"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pvi.device.yaml")).toList()) {
                Files.createSymbolicLink(target.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
    }

    private static CorpusPviCase build(String name, Path opi, Path substDir, Path templateDir, Path pviDefs,
                                       Path config, List<Path> support) throws Exception {
        Map<String, Map<String, Object>> byDevice = pviBlocksByDevice(support);
        Element index = CanonicalXml.parse(Files.readString(opi.resolve("index.bob")));
        String iocName = child(index, "name").getTextContent();
        List<PviEntity> entities = new ArrayList<>();
        NodeList actions = index.getElementsByTagName("action");
        for (int i = 0; i < actions.getLength(); i++) {
            Element action = (Element) actions.item(i);
            String file = child(action, "file").getTextContent();
            String device = file.substring(0, file.indexOf('.'));
            Map<String, Object> pvi = byDevice.get(device);
            if (pvi == null) {
                throw new IllegalStateException(name + ": no support definition draws " + device);
            }
            entities.add(new PviEntity(device + ".pvi.device.yaml", true, macros(action),
                    Boolean.TRUE.equals(pvi.get("pv")), (String) pvi.getOrDefault("pv_prefix", ""),
                    SourcePosition.unknown(opi.resolve("index.bob"))));
        }
        return new CorpusPviCase(name, opi, templateDir, substDir.resolve("ioc.subst"), pviDefs, config, iocName,
                entities);
    }

    /** The pvi block of every definition, by the device its yaml_path names; conflicting blocks are an error. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> pviBlocksByDevice(List<Path> support) throws IOException {
        Map<String, Map<String, Object>> byModel = new LinkedHashMap<>();
        for (Path file : support) {
            Map<String, Object> doc = (Map<String, Object>) new Load(LoadSettings.builder().build())
                    .loadFromString(Files.readString(file, StandardCharsets.UTF_8));
            for (Object m : (List<Object>) doc.getOrDefault("entity_models", List.of())) {
                Map<String, Object> model = (Map<String, Object>) m;
                if (model.get("pvi") instanceof Map<?, ?> pvi) {
                    byModel.put(doc.get("module") + "." + model.get("name"), (Map<String, Object>) pvi);
                }
            }
        }
        Map<String, Map<String, Object>> byDevice = new LinkedHashMap<>();
        byModel.forEach((model, pvi) -> {
            String path = String.valueOf(pvi.get("yaml_path"));
            if (path.contains("{{")) {
                return;
            }
            String device = Path.of(path).getFileName().toString();
            device = device.substring(0, device.indexOf('.'));
            Map<String, Object> before = byDevice.putIfAbsent(device, pvi);
            if (before != null && (!java.util.Objects.equals(before.get("pv"), pvi.get("pv"))
                    || Boolean.TRUE.equals(pvi.get("pv"))
                    && !java.util.Objects.equals(before.get("pv_prefix"), pvi.get("pv_prefix")))) {
                throw new IllegalStateException("conflicting pvi blocks for " + device);
            }
        });
        TEMPLATED_YAML_PATHS.forEach((device, model) -> {
            if (byModel.containsKey(model)) {
                byDevice.put(device, byModel.get(model));
            }
        });
        return byDevice;
    }

    private static Map<String, String> macros(Element action) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Node c = action.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals("macros")) {
                for (Node m = e.getFirstChild(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element macro) {
                        out.put(macro.getTagName(), macro.getTextContent());
                    }
                }
            }
        }
        return out;
    }

    private static Element child(Element parent, String tag) {
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getTagName().equals(tag)) {
                return e;
            }
        }
        throw new IllegalStateException("no <" + tag + "> in <" + parent.getTagName() + ">");
    }

    private static List<Path> list(Path dir, String glob) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (var s = Files.newDirectoryStream(dir, glob)) {
            s.forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
