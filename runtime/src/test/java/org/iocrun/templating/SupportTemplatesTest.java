package org.iocrun.templating;

import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every template in the corpus's real support YAML files parses (rendering needs entities: generation tests),
 * except the ones Jinja itself rejects, which must fail with Jinja's message.
 */
class SupportTemplatesTest {

    /** motor.ibek.support.yaml has unfinished entries with empty {@code {{}}}, a syntax error in Jinja too. */
    private static final Map<String, String> JINJA_REJECTS = Map.of(
            "{{}}", "Expected an expression, got 'end of print statement'");

    static Stream<Named<Path>> supportFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("iocrun.shared"), "corpus");
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ibek.support.yaml")).sorted()
                    .map(p -> Named.of(corpus.relativize(p).toString(), p)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("supportFiles")
    void everyTemplateParses(Path file) throws IOException {
        LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(10_000).build();
        List<String> templates = new ArrayList<>();
        for (Object document : new Load(settings).loadAllFromString(Files.readString(file))) {
            collect(document, templates);
        }
        JinjaEngine engine = new JinjaEngine();
        List<String> failures = new ArrayList<>();
        for (String template : templates) {
            String expectedError = JINJA_REJECTS.entrySet().stream().filter(e -> template.contains(e.getKey()))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            try {
                engine.compile(template);
                if (expectedError != null) {
                    failures.add("parsed, but Jinja rejects it: " + template);
                }
            } catch (TemplateError e) {
                if (!e.jinjaMessage().equals(expectedError)) {
                    failures.add(e.jinjaMessage() + " in: " + template);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private static void collect(Object node, List<String> out) {
        switch (node) {
            case String s when s.contains("{{") || s.contains("{%") || s.contains("{#") -> out.add(s);
            case Map<?, ?> m -> m.forEach((k, v) -> {
                collect(k, out);
                collect(v, out);
            });
            case List<?> l -> l.forEach(item -> collect(item, out));
            case null, default -> {
            }
        }
    }
}
