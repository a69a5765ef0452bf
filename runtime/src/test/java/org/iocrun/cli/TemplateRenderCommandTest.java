package org.iocrun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code iocrun template render} run through the real command line. */
class TemplateRenderCommandTest {

    @TempDir
    Path dir;

    /**
     * @param template  the template file's text
     * @param context   the context file's text, or null for no --context
     * @param options   further options
     * @param exit      expected exit code
     * @param stdout    expected standard output, exactly
     * @param stderr    a text standard error must contain (empty: must be empty)
     */
    record Case(String name, String template, String context, List<String> options, int exit, String stdout,
                String stderr) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("no trailing newline added, one dropped", "P={{ P }}\n", "{\"P\": \"BL01T\"}", List.of(), 0,
                        "P=BL01T", ""),
                new Case("ints and floats by JSON form", "{{ a }} {{ b }} {{ c / 2 }}", "{\"a\": 10.0, \"b\": 50, \"c\": 3}",
                        List.of(), 0, "10.0 50 1.5", ""),
                new Case("objects as attributes", "{{ c }}:{{ c.port.baud }}",
                        "{\"c\": {\"__id__\": \"ctrl\", \"port\": {\"__id__\": \"ty\", \"baud\": 9600}}}",
                        List.of("--objects-as-attributes"), 0, "ctrl:9600", ""),
                new Case("objects as dicts without the flag", "{{ c }}", "{\"c\": {\"__id__\": \"x\"}}", List.of(), 0,
                        "{'__id__': 'x'}", ""),
                new Case("env option feeds get_env", "{{ _global.get_env('IOCRUN_TEST_VAR') }}", null,
                        List.of("--env", "IOCRUN_TEST_VAR=hello"), 0, "hello", ""),
                new Case("non-ASCII output", "{{ 'é→😀' }}", null, List.of(), 0, "é→😀", ""),
                new Case("undefined name exits 1", "line1\n{{ nope }}", null, List.of(), 1, "",
                        "'nope' is undefined"),
                new Case("syntax error names file and line", "ok\n{% if x %}", null, List.of(), 1, "",
                        ":2:1: template error (syntax): Unexpected end of template"),
                new Case("counter error", "{{ _global.incrementor('c', stop=0) }}{{ _global.incrementor('c', stop=0) }}",
                        null, List.of(), 1, "", "Counter c exceeded maximum value of 0"),
                new Case("bad context JSON", "x", "[1, 2]", List.of(), 1, "", "invalid context"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void renders(Case c) throws IOException {
        Path template = dir.resolve("t.j2");
        Files.writeString(template, c.template(), StandardCharsets.UTF_8);
        List<String> args = new ArrayList<>(List.of("template", "render", template.toString()));
        if (c.context() != null) {
            Path context = dir.resolve("context.json");
            Files.writeString(context, c.context(), StandardCharsets.UTF_8);
            args.addAll(List.of("--context", context.toString()));
        }
        args.addAll(c.options());
        CliRun r = run(args.toArray(String[]::new));
        assertEquals(c.exit(), r.exit(), "exit code; stderr: " + r.err());
        assertEquals(c.stdout(), r.out());
        if (c.stderr().isEmpty()) {
            assertEquals("", r.err());
        } else {
            assertTrue(r.err().contains(c.stderr()), "stderr: " + r.err());
        }
    }

    @Test
    void readsTheTemplateFromStandardInput() {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream("{{ 7 // 2 }}\n".getBytes(StandardCharsets.UTF_8)));
        try {
            CliRun r = run("template", "render", "-");
            assertEquals(0, r.exit());
            assertEquals("3", r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void missingTemplateFileIsAUserError() {
        CliRun r = run("template", "render", dir.resolve("absent.j2").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("absent.j2: no such file"), r.err());
    }

    @Test
    void missingArgumentIsAUsageError() {
        assertEquals(2, run("template", "render").exit());
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
