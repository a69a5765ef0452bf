package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real instance folders from beamline repositories (corpus/instances/cases.json): generated st.cmd, ioc.subst and
 * wait_list.yaml equal ibek's, and the failing cases fail with the same fact.
 */
class InstancesConformanceTest {

    /** The fact each error case's message must carry (ibek's wording is pydantic's; ours names the same thing). */
    static final Map<String, String> ERROR_FACTS = Map.of(
            "bl01t-di-cam-01", "unknown entity type 'ADCore.NDPvaPlugin'",
            "bl47p-ea-dcam-01", "ADAravis-BL47P-EA-DET-01.pvi.device.yaml");

    @TempDir
    static Path pviDefs;

    /** ibek's run had every pvi device file of the support corpus in one flat /epics/pvi-defs. */
    @BeforeAll
    static void flatPviDefs() throws IOException {
        for (Path device : Corpus.files(Corpus.path("ibek-support"), ".pvi.device.yaml")) {
            Files.createSymbolicLink(pviDefs.resolve(device.getFileName()), device);
        }
    }

    static Stream<Arguments> cases() {
        JsonNode root = new ObjectMapper().readTree(Corpus.path("instances", "cases.json").toFile());
        List<Arguments> args = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            if (c.get("kind").asString().equals("ibek") && ERROR_FACTS.containsKey(c.get("name").asString())
                    || c.get("kind").asString().equals("ibek") && !c.has("expected_error_substring")) {
                args.add(Arguments.of(c.get("name").asString(), c));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatesAsIbek(String name, JsonNode c) throws Exception {
        Path dir = Corpus.path("instances", name);
        if (ERROR_FACTS.containsKey(name)) {
            UserError error = assertThrows(UserError.class, () -> generate(dir, c));
            String messages = error.problems().stream().map(Problem::headline).collect(Collectors.joining("\n"));
            assertTrue(messages.contains(ERROR_FACTS.get(name)), messages);
            return;
        }
        GeneratedFiles generated = generate(dir, c);
        Path expected = dir.resolve("expected/runtime");
        IbekSamplesConformanceTest.assertGolden(expected.resolve("st.cmd"), generated.stCmd());
        IbekSamplesConformanceTest.assertGolden(expected.resolve("ioc.subst"), generated.iocSubst());
        OpiFiles.assertSame(dir.resolve("expected/opi"), generated, expected);
        Path wait = expected.resolve("wait_list.yaml");
        if (Files.exists(wait)) {
            assertTrue(generated.waitList().isPresent(), "no wait list");
            org.junit.jupiter.api.Assertions.assertEquals(Files.readString(wait), generated.waitList().get());
        }
    }

    static GeneratedFiles generate(Path dir, JsonNode c) throws UserError {
        YamlLoader yaml = new YamlLoader();
        List<Path> defs = new ArrayList<>();
        JsonNode root = new ObjectMapper().readTree(Corpus.path("instances", "cases.json").toFile());
        for (JsonNode d : root.get("corpus_defs")) {
            defs.add(Corpus.path("ibek-support", d.asString()));
        }
        for (JsonNode d : c.get("local_defs")) {
            defs.add(dir.resolve(d.asString()));
        }
        List<Path> instances = new ArrayList<>();
        for (JsonNode f : c.get("instance_files")) {
            instances.add(dir.resolve(f.asString()));
        }
        Map<String, String> env = new LinkedHashMap<>();
        c.get("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asString()));
        PviSettings pvi = new PviSettings(pviDefs, dir.resolve("config"));
        return new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(instances,
                Definitions.load(yaml, defs), env, false, java.util.Optional.of(pvi)));
    }
}
