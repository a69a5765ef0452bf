package org.iocrun.hardening;

import org.iocrun.diagnostics.Problem;
import org.iocrun.generation.Generator;
import org.iocrun.launch.Launcher;
import org.iocrun.launch.StartFailure;
import org.iocrun.launch.StepLog;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code iocrun start} on hostile instances and support modules, in process on a container-like tree: each case
 * either fails with a clear error at file:line:column, or succeeds with its documented behaviour; in no case is
 * anything outside the runtime and OPI folders written.
 */
class HostileInputTest {

    private static final String SUPPORT = """
            module: dev
            entity_models:
              - name: Box
                description: a box
                parameters:
                  name: {type: id, description: id}
                  P: {type: str, description: prefix}
                  cmd: {type: str, description: extra configuration, default: ""}
                pre_init:
                  - value: boxConfigure({{ name }}, "{{ P }}", "{{ cmd }}")
                  - type: comment
                    value: box {{ P }}
                databases:
                  - file: box.template
                    args: {P: }
                pvi:
                  yaml_path: "PVI_PATH"
                  ui_index: true
                  ui_macros: {P: }
            """;

    @TempDir
    Path sandbox;
    Path root;
    final StringWriter log = new StringWriter();

    @BeforeEach
    void layout() throws IOException {
        root = sandbox.resolve("epics");
        Files.createDirectories(root.resolve("ioc/config"));
        Files.createDirectories(root.resolve("pvi-defs"));
        Files.createDirectories(root.resolve("ibek-defs"));
        Files.createDirectories(root.resolve("support/dev/db"));
        Files.writeString(root.resolve("support/dev/db/box.template"), "record(ai, \"$(P)V\") {}\n");
        Files.writeString(root.resolve("pvi-defs/box.pvi.device.yaml"), "label: Box\nchildren: []\n");
        Files.writeString(sandbox.resolve("outside.pvi.device.yaml"), "label: Outside\nchildren: []\n");
    }

    /**
     * Instances that are accepted with a documented behaviour: ioc_name and ids are text, never file names (a NUL
     * in index.bob's title becomes U+FFFD, XML cannot hold it); a line break reaching st.cmd is kept as ibek keeps
     * it, with a warning at the value. {@code |} in the YAML column is a line break.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '"', textBlock = """
            ioc_name climbing                § ioc_name: ../../x|description: d|entities:|  - {type: dev.Box, name: b, P: 'T:'}                   §              § <name>../../x</name>
            ioc_name absolute                § ioc_name: /etc/passwd|description: d|entities:|  - {type: dev.Box, name: b, P: 'T:'}              §              § <name>/etc/passwd</name>
            ioc_name with line break         § ioc_name: "a\\nb"|description: d|entities:|  - {type: dev.Box, name: b, P: 'T:'}                  §              § <name>a
            ioc_name with NUL                § ioc_name: "a\\0b"|description: d|entities:|  - {type: dev.Box, name: b, P: 'T:'}                  §              § <name>a&#65533;b</name>
            entity id climbing               § ioc_name: i|description: d|entities:|  - {type: dev.Box, name: ../../b, P: 'T:'}                  §              § boxConfigure(../../b, "T:", "")
            entity id absolute               § ioc_name: i|description: d|entities:|  - {type: dev.Box, name: /tmp/b, P: 'T:'}                   §              § boxConfigure(/tmp/b, "T:", "")
            value adds an iocsh command      § ioc_name: i|description: d|entities:|  - {type: dev.Box, name: b, P: 'T:', cmd: "x\\nsystem rm"}  § ioc.yaml:4:44 § system rm
            id adds an iocsh command         § ioc_name: i|description: d|entities:|  - type: dev.Box|    name: "b\\ndbpf X 1"|    P: 'T:'         § ioc.yaml:5:11 § dbpf X 1
            plain value with a blank line    § ioc_name: i|description: d|entities:|  - type: dev.Box|    name: b|    P: 'T:'|    cmd: x||      system rm § ioc.yaml:7:10 § system rm
            folded block scalar (meant)      § ioc_name: i|description: d|entities:|  - type: dev.Box|    name: b|    P: 'T:'|    cmd: >-|      x||      dbl   §               § dbl
            """)
    void acceptedWithDocumentedBehaviour(String name, String yaml, String warningAt, String expected) throws Exception {
        support("box.pvi.device.yaml");
        instance(yaml.replace('|', '\n').getBytes(StandardCharsets.UTF_8));
        Map<String, String> before = outsideTheVolumes();
        prepare();
        assertEquals(before, outsideTheVolumes(), "something was written outside runtime/ and opi/");
        String stCmd = Files.readString(root.resolve("runtime/st.cmd"));
        String index = Files.readString(root.resolve("opi/index.bob"));
        assertTrue(stCmd.contains(expected) || index.contains(expected),
                "expected " + expected + " in st.cmd or index.bob:\n" + stCmd + index);
        if (warningAt == null) {
            assertFalse(log.toString().contains("line break"), log.toString());
        } else {
            assertTrue(log.toString().contains(warningAt) && log.toString().contains("contains a line break"),
                    log.toString());
        }
    }

    /**
     * A literal block scalar is how an instance writes several iocsh lines on purpose (epics.PostStartupCommand's
     * {@code command: |}): st.cmd gets the lines, and there is nothing to warn about.
     */
    @Test
    void aLiteralBlockScalarIsMeantAsLines() throws Exception {
        support("box.pvi.device.yaml");
        instance("""
                ioc_name: i
                description: d
                entities:
                  - type: dev.Box
                    name: b
                    P: 'T:'
                    cmd: |
                      x
                      dbl
                """.getBytes(StandardCharsets.UTF_8));
        prepare();
        String stCmd = Files.readString(root.resolve("runtime/st.cmd"));
        assertTrue(stCmd.contains("boxConfigure(b, \"T:\", \"x\ndbl"), stCmd);
        assertFalse(log.toString().contains("line break"), log.toString());
    }

    /** Input that must fail: the message names the file, the line and column (when the input has lines) and why. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '"', textBlock = """
            pvi yaml_path climbing   § ../outside.pvi.device.yaml                         § ok         § ioc.yaml:4:5:            § climbs out of pvi-defs
            pvi yaml_path absolute   § /etc/box.pvi.device.yaml                           § ok         § ioc.yaml:4:5:            § is an absolute path
            pvi yaml_path with NUL   § "box\\0.pvi.device.yaml"                           § ok         § ioc.yaml:4:5:            § control character
            pvi yaml_path line break § "box\\n.pvi.device.yaml"                           § ok         § ioc.yaml:4:5:            § control character
            alias bomb               § box.pvi.device.yaml                                § bomb       § ioc.yaml:              § alias
            deep nesting             § box.pvi.device.yaml                                § deep       § ioc.yaml:1:              § nest
            not UTF-8                § box.pvi.device.yaml                                § latin1     § ioc.yaml:1:              § UTF-8
            raw NUL byte             § box.pvi.device.yaml                                § nul        § ioc.yaml:1:              § 
            runaway template         § box.pvi.device.yaml                                § runaway    § ioc.yaml:4:              § limit
            line break in a db arg   § box.pvi.device.yaml                                § dbarg      § ioc.subst:               § unterminated string
            """)
    void rejectedWithAPositionedError(String name, String pviPath, String instanceKind, String where, String message)
            throws Exception {
        support(pviPath);
        instance(hostileInstance(instanceKind));
        Map<String, String> before = outsideTheVolumes();
        StartFailure failure = assertThrows(StartFailure.class, this::prepare);
        Problem problem = failure.problems().getFirst();
        String text = problem.headline() + " " + problem.hint();
        assertTrue(text.contains(where), text);
        assertTrue(problem.position().hasLine(), text);
        if (message != null) {
            assertTrue(text.contains(message), text);
        }
        assertEquals(before, outsideTheVolumes(), "something was written outside runtime/ and opi/");
        if (instanceKind.equals("dbarg")) {
            assertTrue(log.toString().contains("ioc.yaml:4:33: warning: database arg 'P'"), log.toString());
        }
    }

    private static byte[] hostileInstance(String kind) {
        String ok = "ioc_name: i\ndescription: d\nentities:\n  - {type: dev.Box, name: b, P: 'T:'}\n";
        return switch (kind) {
            case "ok" -> ok.getBytes(StandardCharsets.UTF_8);
            case "bomb" -> {
                StringBuilder y = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (int i = 1; i < 12; i++) {
                    y.append("a").append(i).append(": &a").append(i).append(" [")
                            .append(("*a" + (i - 1) + ", ").repeat(9)).append("*a").append(i - 1).append("]\n");
                }
                yield (y + ok).getBytes(StandardCharsets.UTF_8);
            }
            case "deep" -> ("x: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n" + ok).getBytes(StandardCharsets.UTF_8);
            case "latin1" -> ("ioc_name: caf\u00e9\n" + ok.substring(ok.indexOf('\n') + 1)).getBytes(StandardCharsets.ISO_8859_1);
            case "nul" -> ("ioc_name: a\u0000b\n" + ok.substring(ok.indexOf('\n') + 1)).getBytes(StandardCharsets.UTF_8);
            case "runaway" -> "ioc_name: i\ndescription: d\nentities:\n  - {type: dev.Box, name: b, P: '{% for i in range(10**12) %}{% endfor %}'}\n"
                    .getBytes(StandardCharsets.UTF_8);
            case "dbarg" -> "ioc_name: i\ndescription: d\nentities:\n  - {type: dev.Box, name: b, P: \"T:\\nx\"}\n"
                    .getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private void support(String pviPath) throws IOException {
        Files.writeString(root.resolve("ibek-defs/dev.ibek.support.yaml"), SUPPORT.replace("PVI_PATH", pviPath));
    }

    private void instance(byte[] yaml) throws IOException {
        Files.write(root.resolve("ioc/config/ioc.yaml"), yaml);
    }

    private void prepare() throws StartFailure {
        Map<String, String> env = new HashMap<>();
        env.put("EPICS_ROOT", root.toString());
        env.put("IBEK_DO_WAIT_DISABLE", "true");
        YamlLoader yaml = new YamlLoader();
        new Launcher(yaml, new Generator(new JinjaEngine(), yaml), env, new StepLog(new PrintWriter(log, true), false))
                .prepare();
    }

    /** Every file of the sandbox except the runtime and OPI folders, with its size and time. */
    private Map<String, String> outsideTheVolumes() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(sandbox)) {
            for (Path p : walk.toList()) {
                if (!p.startsWith(root.resolve("runtime")) && !p.startsWith(root.resolve("opi"))) {
                    files.put(sandbox.relativize(p).toString(),
                            Files.isDirectory(p) ? "dir" : Files.size(p) + "@" + Files.getLastModifiedTime(p));
                }
            }
        }
        return files;
    }
}
