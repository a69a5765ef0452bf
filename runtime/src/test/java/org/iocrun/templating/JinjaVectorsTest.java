package org.iocrun.templating;

import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every vector of {@code corpus/jinja/cases.json} (real Jinja2 3.1.6 output under ibek's settings): the output
 * must match byte for byte, or the error must be of the expected kind and contain the expected text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JinjaVectorsTest {

    private final JinjaEngine engine = new JinjaEngine();
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger run = new AtomicInteger();

    static List<Named<JsonNode>> cases() throws IOException {
        Path file = Path.of(System.getProperty("iocrun.shared"), "corpus", "jinja", "cases.json");
        JsonNode all = JsonMapper.builder().build().readTree(Files.readString(file));
        List<Named<JsonNode>> cases = new ArrayList<>();
        for (JsonNode c : all.values()) {
            cases.add(Named.of(c.get("family").stringValue() + "/" + c.get("id").stringValue(), c));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void vector(JsonNode c) {
        run.incrementAndGet();
        boolean objects = c.has("objects_as_attributes") && c.get("objects_as_attributes").booleanValue();
        Map<String, Object> context = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : c.get("context").properties()) {
            context.put(e.getKey(), JsonValues.value(e.getValue(), objects));
        }
        Map<String, String> env = new HashMap<>();
        if (c.has("env")) {
            c.get("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().stringValue()));
        }
        GlobalStore globals = new GlobalStore(env::get);
        if (c.has("globals_before")) {
            c.get("globals_before").properties().forEach(e ->
                    globals.variables().put(e.getKey(), JsonValues.value(e.getValue(), false)));
        }
        String template = c.get("template").stringValue();
        if (c.has("expect")) {
            String out;
            try {
                out = engine.render(template, context, globals);
            } catch (TemplateError e) {
                fail("unexpected " + e.kind() + " error: " + e.jinjaMessage());
                return;
            }
            assertEquals(c.get("expect").stringValue(), out);
            if (c.has("globals_after")) {
                Map<String, Object> expected = new LinkedHashMap<>();
                c.get("globals_after").properties().forEach(e ->
                        expected.put(e.getKey(), JsonValues.value(e.getValue(), false)));
                assertEquals(PyValues.repr(expected), PyValues.repr(globals.variables()), "globals after render");
            }
        } else {
            try {
                String out = engine.render(template, context, globals);
                fail("expected a " + c.get("error_kind").stringValue() + " error containing '"
                        + c.get("error").stringValue() + "' but rendered: " + out);
            } catch (TemplateError e) {
                String message = e.jinjaMessage();
                assertTrue(message.contains(c.get("error").stringValue()),
                        "error '" + message + "' should contain '" + c.get("error").stringValue() + "'");
                assertEquals(c.get("error_kind").stringValue(), e.kind().name().toLowerCase(java.util.Locale.ROOT),
                        "error kind of: " + message);
            }
        }
        passed.incrementAndGet();
    }

    @AfterAll
    void report() {
        System.out.println("Jinja vectors: " + passed.get() + " of " + run.get() + " passed");
    }
}
