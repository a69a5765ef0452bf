package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
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
 * One mistake, one error, at the mistake: a misspelt entity type does not also fail every entity that names the
 * misspelt entity's id; misspelt ids, template variables and filters get the nearest names; a counter that passes
 * its stop is reported at the instance entity that takes it there; an unknown key inside an {@code ibek.repeat}
 * entity is reported once, at the key.
 */
class ErrorsAtTheCauseTest {

    /** The support modules the camera instance (corpus bl01t-di-cam-01-fixed) uses. */
    static final List<String> CAMERA_SUPPORT = List.of("ADCore/ADCore", "ADSimDetector/ADSimDetector",
            "ffmpegServer/ffmpegServer", "iocStats/iocStats", "autosave/autosave", "_global/epics", "asyn/asyn");

    @TempDir
    Path dir;

    /**
     * Edits of the camera instance: the line edited (1-based), its new text, and the only error expected (position
     * and a fact of its message). Line 13 is {@code - type: ADSimDetector.simDetector} (PORT DET.DET, which five later
     * entities name as NDARRAY_PORT); line 15 is its {@code P:}; line 35 the first {@code NDARRAY_PORT: DET.DET}.
     */
    static Stream<Arguments> cameraEdits() {
        return Stream.of(
                Arguments.of("misspelt type", 13, "  - type: ADSimDetector.simDetectr", "13:11",
                        "unknown entity type 'ADSimDetector.simDetectr' (did you mean ADSimDetector.simDetector?"),
                Arguments.of("bad value on the referenced entity", 18, "    DATATYPE: [0]", "18:15",
                        "parameter 'DATATYPE' of ADSimDetector.simDetector expects"),
                Arguments.of("misspelt reference", 35, "    NDARRAY_PORT: DET.DEt", "35:19",
                        "object DET.DEt not found in ['DET.DET', 'DET.MJP'] (did you mean DET.DET?"),
                Arguments.of("misspelt variable", 15, "    P: \"{{ ioc_nme }}\"", "15:8",
                        "'ioc_nme' is undefined; did you mean ioc_name?"),
                Arguments.of("misspelt filter", 15, "    P: \"{{ ioc_name | uper }}\"", "15:8",
                        "No filter named 'uper'.; did you mean upper?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cameraEdits")
    void oneMistakeOneError(String name, int line, String text, String at, String fact) throws Exception {
        Path instance = dir.resolve("ioc.yaml");
        List<String> lines = Files.readAllLines(Corpus.path("instances", "bl01t-di-cam-01-fixed", "config", "ioc.yaml"));
        List<String> edited = new java.util.ArrayList<>(lines);
        edited.set(line - 1, text);
        Files.write(instance, edited);
        List<Problem> problems = errors(instance, CAMERA_SUPPORT.stream()
                .map(s -> Corpus.path("ibek-support", s + ".ibek.support.yaml")).toList());
        assertEquals(1, problems.size(), describe(problems));
        Problem only = problems.getFirst();
        assertEquals(instance + ":" + at, only.position().toString(), only.headline());
        assertTrue(only.headline().contains(fact), only.headline());
    }

    /** ibek's bad_counter2: the third entity takes InterruptVector past stop=194 (two per entity from 192). */
    @Test
    void counterPastItsStopIsReportedAtTheEntityThatTakesIt() throws Exception {
        Path instance = Corpus.path("ibek-samples", "iocs", "bad_counter2.ibek.ioc.yaml");
        List<Problem> problems = errors(instance, List.of(Corpus.path("ibek-samples", "support", "utils.ibek.support.yaml")));
        assertEquals(1, problems.size(), describe(problems));
        assertEquals(instance + ":10:5", problems.getFirst().position().toString(), "the entity named Vec3");
        assertTrue(problems.getFirst().hint().contains("utils.ibek.support.yaml:45:9"), problems.getFirst().hint());
    }

    @Test
    void unknownKeyInARepeatIsReportedOnceAtTheKey() throws Exception {
        Path instance = dir.resolve("ioc.yaml");
        Files.writeString(instance, """
                ioc_name: r
                description: d
                entities:
                  - type: ibek.repeat
                    values: [a, b, c]
                    variable: thing
                    entity:
                      type: epics.StartupCommand
                      comand: hello {{ thing }}
                """);
        List<Problem> problems = errors(instance, List.of(Corpus.path("ibek-samples", "support", "epics.ibek.support.yaml")));
        assertEquals(1, problems.size(), describe(problems));
        assertEquals(instance + ":9:7", problems.getFirst().position().toString());
        assertTrue(problems.getFirst().headline().contains("did you mean command?"), problems.getFirst().headline());
    }

    @Test
    void unknownKeyInANestedRepeatIsReportedOnceAtTheKey() throws Exception {
        Path instance = dir.resolve("ioc.yaml");
        Files.writeString(instance, """
                ioc_name: r
                description: d
                entities:
                  - type: ibek.repeat
                    values: [1, 2]
                    entity:
                      type: ibek.repeat
                      variable: inner
                      values: [a, b]
                      entity:
                        type: epics.StartupCommand
                        command: NESTED {{ index }}{{ inner }}
                        extra: 1
                """);
        List<Problem> problems = errors(instance, List.of(Corpus.path("ibek-samples", "support", "epics.ibek.support.yaml")));
        assertEquals(1, problems.size(), describe(problems));
        assertEquals(instance + ":13:9", problems.getFirst().position().toString());
    }

    private static List<Problem> errors(Path instance, List<Path> definitions) throws IOException, UserError {
        YamlLoader yaml = new YamlLoader();
        GenerationRequest request = new GenerationRequest(List.of(instance), Definitions.load(yaml, definitions),
                Map.of("IOC_NAME", "bl01t-di-cam-01"), false);
        return assertThrows(UserError.class, () -> new Generator(new JinjaEngine(), yaml).generate(request)).problems();
    }

    private static String describe(List<Problem> problems) {
        return problems.stream().map(Problem::headline).collect(Collectors.joining("\n"));
    }
}
