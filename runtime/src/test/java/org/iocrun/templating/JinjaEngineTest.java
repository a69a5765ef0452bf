package org.iocrun.templating;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.templating.nodes.CompiledTemplate;
import org.iocrun.templating.python.AttributeObject;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine's contract with the generation layer: caching, errors, value model at the boundary. */
class JinjaEngineTest {

    private final JinjaEngine engine = new JinjaEngine();

    private static GlobalStore noEnv() {
        return new GlobalStore(k -> null);
    }

    @Test
    void compiledTemplatesAreCachedBySource() throws TemplateError {
        CompiledTemplate first = engine.compile("{{ a }}");
        assertSame(first, engine.compile("{{ a }}"));
        assertSame(first, engine.compile(new String("{{ a }}".toCharArray())));
        assertEquals("1", first.render(Map.of("a", 1L), noEnv()));
        assertEquals("2", first.render(Map.of("a", 2L), noEnv()));
    }

    @Test
    void syntaxErrorsAreNotCachedAndReportTheirLine() {
        String source = "line1\n{{ a }}\n{% for x in y %}";
        TemplateError e = assertThrows(TemplateError.class, () -> engine.compile(source));
        assertEquals(TemplateError.Kind.SYNTAX, e.kind());
        assertEquals(3, e.line());
        assertEquals(source, e.template());
        assertEquals("Error rendering template:\n" + source + "\nError: " + e.jinjaMessage(), e.getMessage());
        assertThrows(TemplateError.class, () -> engine.compile(source));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
            a⏎b⏎{{ 1 / 0 }}                         § 3 § ARITHMETIC
            {% for i in [1] %}⏎⏎{{ i.x }}{% endfor %} § 3 § UNDEFINED
            {% if true %}⏎{{ 'a' + 1 }}{% endif %}   § 2 § TYPE
            """)
    void runtimeErrorsReportTheirLine(String template, int line, TemplateError.Kind kind) {
        TemplateError e = assertThrows(TemplateError.class,
                () -> engine.render(template.replace("⏎", "\n"), Map.of(), noEnv()));
        assertEquals(kind, e.kind());
        assertEquals(line, e.line());
    }

    @Test
    void problemNamesSupportFileEntityAndTemplate() {
        TemplateError e = assertThrows(TemplateError.class, () -> engine.render("{{ nope }}", Map.of(), noEnv()));
        Problem p = e.toProblem(new SourcePosition(Path.of("motor.ibek.support.yaml"), 12, 9), "motor.axis 'M1'");
        assertEquals("motor.ibek.support.yaml:12:9: error rendering template for motor.axis 'M1': 'nope' is undefined"
                + " (template: {{ nope }})", p.headline());
    }

    @Test
    void javaIntegersAreIntsAndListsAreShared() throws TemplateError {
        List<Object> regs = new ArrayList<>(List.of(1L));
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("n", 7);
        context.put("regs", regs);
        assertEquals("3.5 007 None", engine.render("{{ n / 2 }} {{ '%03d' % n }} {{ regs.append(n) }}", context,
                noEnv()));
        assertEquals(List.of(1L, 7), regs);
    }

    @Test
    void globalsPersistAcrossRendersOfOneRun() throws TemplateError {
        GlobalStore run = noEnv();
        String counter = "{{ _global.incrementor('Vec', start=192) }}";
        assertEquals("192", engine.render(counter, Map.of(), run));
        assertEquals("193", engine.render(counter, Map.of(), run));
        assertEquals("194 193", engine.render(counter + " {{ Vec }}", Map.of(), run));
        assertEquals("192", engine.render(counter, Map.of(), noEnv()));
    }

    @Test
    void entityWithoutIdFailsWhenPrinted() {
        AttributeObject noId = new AttributeObject() {
            @Override
            public String text() throws TemplateError {
                throw new TemplateError(TemplateError.Kind.VALUE, "entity has no id", "", 0);
            }

            @Override
            public boolean hasAttribute(String name) {
                return name.equals("P");
            }

            @Override
            public Object attribute(String name) {
                return "PV";
            }

            @Override
            public String typeName() {
                return "motor.Axis";
            }
        };
        assertThrows(TemplateError.class, () -> engine.render("{{ e }}", Map.of("e", noId), noEnv()));
        TemplateError missing = assertThrows(TemplateError.class,
                () -> engine.render("{{ e.Q }}", Map.of("e", noId), noEnv()));
        assertEquals("'motor.Axis object' has no attribute 'Q'", missing.jinjaMessage());
    }

    @Test
    void rendersConcurrentlyWithSeparateRuns() throws Exception {
        CompiledTemplate template = engine.compile(
                "{% for i in range(50) %}{{ _global.incrementor('c') }},{% endfor %}{{ name | upper }}");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                String name = "ioc" + t;
                results.add(pool.submit(() -> template.render(Map.of("name", name), noEnv())));
            }
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                expected.append(i).append(',');
            }
            for (int t = 0; t < 16; t++) {
                assertEquals(expected + "IOC" + t, results.get(t).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void valueModelPrintsLikePython() {
        assertEquals("[1, 'a', None, True, 1e-05, (2,)]", PyValues.str(java.util.Arrays.asList(1L, "a", null, true,
                1e-5, PyTuple.of(2L))));
        assertTrue(PyValues.truthy("0"));
        assertEquals("{'k': 10.0}", PyValues.repr(Map.of("k", 10.0)));
    }
}
