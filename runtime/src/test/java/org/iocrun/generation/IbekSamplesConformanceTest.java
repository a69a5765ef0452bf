package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.testing.Corpus;
import org.iocrun.testing.GoldenText;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ibek's own 13 generation cases and its error cases (corpus/ibek-samples/CASES.md), with the support files in
 * generate_samples.sh order and ibek's test environment: st.cmd, ioc.subst and wait_list.yaml must equal the
 * goldens byte for byte apart from the banner lines.
 */
class IbekSamplesConformanceTest {

    static final Map<String, String> ENV = Map.of("IOC", "/epics/ioc", "RUNTIME_DIR", "/epics/runtime",
            "IOC_NAME", "TEST_IOC");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("motorSim", "motorSim", "asyn motorSim"),
                Arguments.of("utils", "utils", "utils"),
                Arguments.of("ipac-test", "ipac-test", "ipac epics"),
                Arguments.of("gauges", "gauges", "asyn gauges"),
                Arguments.of("quadem", "quadem", "ADCore quadem"),
                Arguments.of("quadem_repeat", "quadem", "ADCore quadem_repeat"),
                Arguments.of("technosoft", "technosoft", "technosoft"),
                Arguments.of("listarg", "listarg", "listarg"),
                Arguments.of("fastVacuum", "fastVacuum", "fastVacuum"),
                Arguments.of("dlsPLC", "dlsPLC", "dlsPLC asyn"),
                Arguments.of("repeat", "repeat", "asyn epics motorSim"),
                Arguments.of("subentity_test", "subentity_test", "subentity_test epics"),
                Arguments.of("wait", "wait", "epics asyn motorSim"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesGolden(String caseName, String instance, String supports) throws Exception {
        GeneratedFiles generated = generate(instance, supports);
        Path golden = Corpus.path("ibek-samples", "outputs", caseName);
        assertGolden(golden.resolve("st.cmd"), generated.stCmd());
        assertGolden(golden.resolve("ioc.subst"), generated.iocSubst());
        OpiFiles.assertSame(Corpus.path("ibek-samples", "outputs-current-pvi", caseName), generated, golden);
        Path wait = golden.resolve("wait_list.yaml");
        if (Files.exists(wait)) {
            assertEquals(Files.readString(wait), generated.waitList().orElse("<no wait list>"));
        } else {
            assertTrue(generated.waitList().isEmpty(), "unexpected wait_list.yaml");
        }
    }

    static Stream<Arguments> errorCases() {
        return Stream.of(
                Arguments.of("bad_ref", "asyn motorSim", "object controllerOnePort_BAD_REF not found"),
                Arguments.of("bad_db", "bad_db", "'non-existant' in database template 'test.db' not found"),
                Arguments.of("bad_default", "asyn", "missing required parameter 'port'"),
                Arguments.of("bad_counter2", "utils", "Counter InterruptVector exceeded maximum value of 194"),
                Arguments.of("DLS8515", "DLS8515 ipac epics", "has no parameter 'interrupt_vector'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorCases")
    void failsWithTheSameFact(String instance, String supports, String fact) {
        UserError error = assertThrows(UserError.class, () -> generate(instance, supports));
        String messages = error.problems().stream().map(Problem::headline).collect(Collectors.joining("\n"));
        assertTrue(messages.contains(fact), "expected '" + fact + "' in:\n" + messages);
        error.problems().forEach(p -> assertTrue(p.position().hasLine(), "no line in " + p.headline()));
    }

    static GeneratedFiles generate(String instance, String supports) throws UserError {
        YamlLoader yaml = new YamlLoader();
        List<Path> defs = Arrays.stream(supports.split(" "))
                .map(s -> Corpus.path("ibek-samples", "support", s + ".ibek.support.yaml")).toList();
        Path ioc = Corpus.path("ibek-samples", "iocs", instance + ".ibek.ioc.yaml");
        PviSettings pvi = new PviSettings(Corpus.path("ibek-samples", "epics", "pvi-defs"),
                Corpus.path("ibek-samples", "no-config-folder"));
        return new Generator(new JinjaEngine(), yaml).generate(new GenerationRequest(List.of(ioc),
                Definitions.load(yaml, defs), ENV, false, java.util.Optional.of(pvi)));
    }

    static void assertGolden(Path golden, String actual) throws IOException {
        String name = golden.getFileName().toString();
        int banner = GoldenText.bannerLines(name);
        assertEquals(GoldenText.withoutBanner(Files.readString(golden), banner),
                GoldenText.withoutBanner(actual, banner), name + " differs from " + golden);
    }
}
