package org.iocrun.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.JsonValues;
import org.iocrun.templating.nodes.RenderLimits;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Fuzzes the template engine on its own (the render step of YAML → model → render, where support templates run):
 * any template text must render or fail with a {@link TemplateError}, within a second. Normal test runs replay
 * {@code TemplateFuzzTestInputs/}; with {@code JAZZER_FUZZ=1} Jazzer fuzzes, seeded from every template of the
 * corpus's Jinja vectors.
 */
class TemplateFuzzTest {

    private static final long TIME_LIMIT_MS = 1000;
    private static final JinjaEngine ENGINE =
            new JinjaEngine(new RenderLimits(Duration.ofMillis(200), RenderLimits.DEFAULT.maxOutputChars()));
    private static final Map<String, Object> CONTEXT = JsonValues.context("""
            {"name": "dev1", "P": "BL01:", "n": 3, "x": 1.5, "flag": true, "items": [1, "two", 3.0],
             "d": {"k": "v", "n": 2}, "e": {"__id__": "E1", "port": "p1"}}""", true);

    /**
     * Renders every corpus template once, untimed (loading a class under Jazzer's instrumentation is slow, so the
     * first input would otherwise look slow), and in fuzzing mode makes them the seeds.
     */
    @BeforeAll
    static void warmUpAndSeed() throws IOException {
        JsonNode cases = JsonMapper.builder().build().readTree(Files.readString(Corpus.path("jinja", "cases.json")));
        boolean fuzzing = System.getenv("JAZZER_FUZZ") != null;
        Path seeds = Path.of(".cifuzz-corpus", TemplateFuzzTest.class.getName(), "anyTemplate");
        if (fuzzing) {
            Files.createDirectories(seeds);
        }
        for (JsonNode c : cases) {
            String template = c.get("template").asString();
            try {
                ENGINE.render(template, CONTEXT, new GlobalStore(k -> null));
            } catch (TemplateError ignored) {
                // only the warm-up matters
            }
            if (fuzzing) {
                Files.writeString(seeds.resolve("corpus-" + c.get("id").asString()), template);
            }
        }
    }

    @FuzzTest(maxDuration = "25s")
    void anyTemplate(byte[] input) {
        String template = new String(input, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        try {
            ENGINE.render(template, CONTEXT, new GlobalStore(k -> null));
        } catch (TemplateError expected) {
            // a clear template error is the right outcome for bad templates
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (millis > TIME_LIMIT_MS) {
            throw new AssertionError("the template took " + millis + " ms (limit " + TIME_LIMIT_MS + " ms)");
        }
    }
}
