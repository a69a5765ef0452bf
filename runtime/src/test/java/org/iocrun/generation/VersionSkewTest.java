package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.Definitions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An instance written for another image version (issue 16): a type, parameter or Jinja global it uses is missing
 * from the image's definitions. Each error names what is missing, the closest names (and a known rename), and where
 * the definitions came from (support file and the release its $schema line names); one note, however many such
 * errors, says the instance may be for another image version and names the release its own $schema line names.
 */
class VersionSkewTest {

    private static final String SCHEMA_LINE =
            "# yaml-language-server: $schema=https://github.com/epics-containers/ioc-adsimdetector/releases/download/2024.6.1/ibek.ioc.schema.json\n";

    @TempDir
    Path dir;

    /** The real case: example-services' camera instance names ADCore.NDPvaPlugin, which ibek-support renamed. */
    @Test
    void theRealCameraInstanceNamesTheRenameTheModuleFileAndItsRelease() throws Exception {
        List<Problem> problems = failures(Corpus.path("instances", "bl01t-di-cam-01", "config", "ioc.yaml"), corpusDefinitions());
        Problem error = only(problems, true);
        assertTrue(error.message().equals("unknown entity type 'ADCore.NDPvaPlugin'"), error.headline());
        assertTrue(error.hint().contains("ADCore.NDPvaPlugin was renamed ADCore.NDPvxsPlugin (ibek-support, 2025-07)"), error.hint());
        assertTrue(error.hint().contains("did you mean ADCore.NDPosPlugin or ADCore.NDPvxsPlugin?"), error.hint());
        assertTrue(error.hint().contains("module ADCore comes from " + Corpus.path("ibek-support", "ADCore", "ADCore.ibek.support.yaml")
                + " (its $schema line names ibek 3.0.1)"), error.hint());
        Problem note = only(problems, false);
        assertEquals(1, note.position().line());
        assertTrue(note.message().startsWith("the instance may have been written for another image version "
                + "(its $schema line names ioc-adsimdetector 2025.3.4)"), note.message());
    }

    @Test
    void utilsOfIbek2IsExplainedOnceForSeveralErrors() throws Exception {
        Path ioc = instance("""
                ioc_name: "{{ __utils__.get_env('IOC_NAME') }}"
                description: d
                entities:
                  - type: t.Dev
                    name: d1
                    value: "{{ __utils__.get_var('x') }}"
                  - type: t.Dev
                    name: d2
                    value: "{{ _global.get_var('x') }}"
                """);
        List<Problem> problems = failures(ioc, List.of(support()));
        List<Problem> errors = problems.stream().filter(Problem::isError).toList();
        assertEquals(3, errors.size(), problems.toString());
        assertTrue(errors.get(0).hint().startsWith("__utils__ was renamed _global (ibek 3.0.0): _global has get_env, set, get, incrementor"),
                errors.get(0).hint());
        assertTrue(errors.get(1).hint().startsWith("__utils__ was renamed _global"), errors.get(1).hint());
        assertTrue(errors.get(2).hint().startsWith("get_var was renamed get (ibek 3.0.0); _global has get_env, set, get, incrementor"),
                errors.get(2).hint());
        assertEquals(1, problems.stream().filter(p -> !p.isError()).count(), "one note for three errors: " + problems);
        assertTrue(only(problems, false).message().contains("(its $schema line names ioc-adsimdetector 2024.6.1)"));
    }

    @Test
    void aParameterTheModelLacksNamesTheClosestAndTheSupportFile() throws Exception {
        Path ioc = instance("ioc_name: x\ndescription: d\nentities:\n  - type: t.Dev\n    name: d1\n    valeu: 3\n");
        Path support = support();
        Problem error = only(failures(ioc, List.of(support)), true);
        assertEquals("entity t.Dev has no parameter 'valeu'", error.message());
        assertEquals("did you mean value?; t.Dev comes from " + support + " (its $schema line names ibek 3.0.1)", error.hint());
    }

    /** A parameter that moved to another entity model of the module: the hint names the models that have it. */
    @Test
    void aParameterOfAnotherModelOfTheModuleIsNamed() throws Exception {
        Path ioc = instance("ioc_name: x\ndescription: d\nentities:\n  - type: t.Dev\n    name: d1\n    gain: 3\n");
        Path support = support();
        Files.writeString(support, Files.readString(support) + """
                  - name: Amp
                    description: an amplifier
                    parameters:
                      gain: {type: int, description: the gain}
                """);
        Problem error = only(failures(ioc, List.of(support)), true);
        assertTrue(error.hint().contains("gain is a parameter of t.Amp"), error.hint());
    }

    @Test
    void aModuleNoSupportFileDefinesIsSaidSo() throws Exception {
        Path ioc = instance("ioc_name: x\ndescription: d\nentities:\n  - type: tt.Dev\n    name: d1\n");
        Problem error = only(failures(ioc, List.of(support())), true);
        assertTrue(error.hint().contains("no support file loaded defines module 'tt'; did you mean module t?"), error.hint());
    }

    /** Other errors are not about names the image lacks: no note. */
    @Test
    void aWrongValueGetsNoNote() throws Exception {
        Path ioc = instance("ioc_name: x\ndescription: d\nentities:\n  - type: t.Dev\n    name: d1\n    value: seven\n");
        List<Problem> problems = failures(ioc, List.of(support()));
        assertTrue(problems.stream().allMatch(Problem::isError), problems.toString());
    }

    private Path support() throws IOException {
        Path file = dir.resolve("t.ibek.support.yaml");
        Files.writeString(file, """
                # yaml-language-server: $schema=https://github.com/epics-containers/ibek/releases/download/3.0.1/ibek.support.schema.json
                module: t
                entity_models:
                  - name: Dev
                    description: a device
                    parameters:
                      name: {type: id, description: its name}
                      value: {type: int, description: a number, default: 0}
                    pre_init:
                      - value: dev {{ name }} {{ value }}
                """);
        return file;
    }

    private Path instance(String body) throws IOException {
        Path file = dir.resolve("ioc.yaml");
        Files.writeString(file, SCHEMA_LINE + body);
        return file;
    }

    private static List<Path> corpusDefinitions() {
        JsonNode root = new ObjectMapper().readTree(Corpus.path("instances", "cases.json").toFile());
        List<Path> defs = new ArrayList<>();
        for (JsonNode d : root.get("corpus_defs")) {
            defs.add(Corpus.path("ibek-support", d.asString()));
        }
        return defs;
    }

    private static List<Problem> failures(Path ioc, List<Path> definitions) throws UserError {
        YamlLoader yaml = new YamlLoader();
        var types = Definitions.load(yaml, definitions);
        UserError e = assertThrows(UserError.class, () -> new Generator(new JinjaEngine(), yaml).generate(
                new GenerationRequest(List.of(ioc), types, Map.of("IOC_NAME", "x"), false, Optional.empty())));
        return e.problems();
    }

    private static Problem only(List<Problem> problems, boolean error) {
        List<Problem> matching = problems.stream().filter(p -> p.isError() == error).toList();
        assertEquals(1, matching.size(), problems.toString());
        return matching.getFirst();
    }
}
