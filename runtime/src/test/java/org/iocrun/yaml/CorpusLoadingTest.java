package org.iocrun.yaml;

import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode.YMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every YAML file of the shared corpus loads: ibek-support and ibek-samples support definitions, the
 * instances and their side files. None is skipped: the corpus's "bad_*" samples are bad for ibek's
 * model, not as YAML.
 */
class CorpusLoadingTest {

    private static final YamlLoader LOADER = new YamlLoader();

    static Path corpus() {
        return Path.of(System.getProperty("iocrun.shared"), "corpus");
    }

    static Stream<Path> yamlFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(corpus())) {
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
            return files.stream();
        }
    }

    @Test
    void theCorpusHasTheFilesThisTestIsAbout() throws IOException {
        List<Path> files = yamlFiles().toList();
        assertTrue(files.stream().filter(p -> p.toString().endsWith(".ibek.support.yaml")).count() >= 45,
                "support files: " + files.size());
        assertTrue(files.stream().filter(p -> p.getFileName().toString().equals("ioc.yaml")).count() >= 10);
        assertTrue(files.size() >= 150, "files: " + files.size());
    }

    /** One loader, many threads: the same trees as loading one file after the other. */
    @Test
    void oneLoaderServesManyThreads() throws Exception {
        List<Path> files = yamlFiles().toList();
        List<YNode> sequential = new java.util.ArrayList<>();
        for (Path file : files) {
            sequential.add(LOADER.load(file).orElseThrow());
        }
        List<YNode> parallel = files.parallelStream().map(file -> {
            try {
                return LOADER.load(file).orElseThrow();
            } catch (UserError e) {
                throw new AssertionError(e);
            }
        }).toList();
        org.junit.jupiter.api.Assertions.assertEquals(sequential, parallel);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yamlFiles")
    void loads(Path file) throws UserError {
        YNode root = LOADER.load(file).orElseThrow();
        String name = file.getFileName().toString();
        if (name.endsWith(".ibek.support.yaml")) {
            assertTrue(((YMap) root).get("module").isPresent(), "support file without module");
        } else if (name.equals("ioc.yaml") || name.endsWith(".ibek.ioc.yaml")) {
            assertTrue(((YMap) root).get("ioc_name").isPresent(), "instance without ioc_name");
            assertTrue(((YMap) root).get("entities").isPresent(), "instance without entities");
        }
    }
}
