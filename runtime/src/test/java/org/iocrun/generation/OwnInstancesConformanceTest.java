package org.iocrun.generation;

import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Instances we wrote for the real support modules with defines, counters and sub-entities (issue 16): mks937b
 * (relays counting through a gauge's list define: {@code relay_n} renders "\n1"), mks937a, digitelMpc,
 * terminalserver, positioner, quadEM, xspress3, zebra, modbus and lakeshore340, every entity model of those files
 * at least once. Each {@code own-instances/<name>/} holds {@code ioc.yaml} (its config folder) and
 * {@code expected/st.cmd}, {@code expected/ioc.subst}: ibek's output reasoned from its code, computed with the
 * Python model of ibek's generation beside them ({@code ibek_model.py}, Jinja2 3.1.6, see NOTES.md), not by
 * iocrun. Generated as ibek's generate2 of that folder with all 31 corpus support files and pvi on.
 *
 * <p>Where ibek's behaviour is unclear the instances avoid it, said in the instance's comment: mks937bGaugeEGU and
 * mks937aGaugeEGU share their template with a model of more (b) or fewer (a) columns; ibek fails on a longer later
 * row (IndexError, ibek-behaviour §9 known bugs item 7) and no ibek output shows how it pads a shorter one, so each is
 * in an instance of its own.
 */
class OwnInstancesConformanceTest {

    static final Path ROOT = resource("/org/iocrun/conformance/own-instances");

    @TempDir
    static Path pviDefs;

    /** As for ibek's run over the corpus instances: every pvi device file of the support corpus, flat. */
    @BeforeAll
    static void flatPviDefs() throws IOException {
        for (Path device : Corpus.files(Corpus.path("ibek-support"), ".pvi.device.yaml")) {
            Files.createSymbolicLink(pviDefs.resolve(device.getFileName()), device);
        }
    }

    static Stream<String> instances() throws IOException {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("ioc.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("instances")
    void generatesWhatIbekWould(String name) throws Exception {
        Path config = ROOT.resolve(name);
        GeneratedFiles generated = generate(config, name);
        IbekSamplesConformanceTest.assertGolden(config.resolve("expected/st.cmd"), generated.stCmd());
        IbekSamplesConformanceTest.assertGolden(config.resolve("expected/ioc.subst"), generated.iocSubst());
    }

    /** The instances use every entity model of the ten support files at least once. */
    @Test
    void everyEntityModelOfTheModulesIsUsed() throws Exception {
        YamlLoader yaml = new YamlLoader();
        List<String> files = List.of("mks937b/mks937b", "mks937a/mks937a", "digitelMpc/digitelMpc",
                "terminalserver/terminalserver", "positioner/positioner", "quadEM/quadem", "xspress3/xspress3",
                "zebra/zebra", "modbus/modbus", "lakeshore340/lakeshore340");
        Set<String> models = new TreeSet<>();
        for (String f : files) {
            Definitions.load(yaml, List.of(Corpus.path("ibek-support", f + ".ibek.support.yaml")))
                    .all().forEach(m -> models.add(m.typeName()));
        }
        Set<String> used = new TreeSet<>();
        for (String name : instances().toList()) {
            for (String line : Files.readAllLines(ROOT.resolve(name).resolve("ioc.yaml"))) {
                if (line.startsWith("  - type: ")) {
                    used.add(line.substring("  - type: ".length()).strip());
                }
            }
        }
        models.removeIf(m -> m.startsWith("ibek."));
        models.removeAll(used);
        assertEquals(Set.of(), models, "entity models no own instance uses");
    }

    static GeneratedFiles generate(Path config, String name) throws Exception {
        YamlLoader yaml = new YamlLoader();
        List<Path> defs = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(Corpus.path("instances", "cases.json").toFile());
        for (JsonNode d : root.get("corpus_defs")) {
            defs.add(Corpus.path("ibek-support", d.asString()));
        }
        Map<String, String> env = Map.of("IOC", "/epics/ioc", "RUNTIME_DIR", "/epics/runtime", "IOC_NAME", name);
        return new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(List.of(config.resolve("ioc.yaml")),
                Definitions.load(yaml, defs), env, false, Optional.of(new PviSettings(pviDefs, config))));
    }

    private static Path resource(String name) {
        try {
            return Path.of(OwnInstancesConformanceTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
