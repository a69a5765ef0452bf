package org.iocrun.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.iocrun.diagnostics.Problem;
import org.iocrun.generation.Generator;
import org.iocrun.launch.Launcher;
import org.iocrun.launch.StartFailure;
import org.iocrun.launch.StepLog;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.nodes.RenderLimits;
import org.iocrun.testing.Corpus;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes the whole {@code iocrun start} preparation (YAML loading, model, rendering, ioc.subst expansion,
 * writing the runtime and OPI folders) with Jazzer. An input is support files and an instance separated by
 * {@link #NEXT_FILE} lines (the last part is ioc.yaml). For every input: no exception but a start failure, every
 * problem names a file, the run takes under a second, and nothing outside the runtime and OPI folders changes.
 *
 * <p>Normal test runs replay the committed inputs in {@code GenerationFuzzTestInputs/}; with {@code JAZZER_FUZZ=1}
 * Jazzer fuzzes, seeded from every instance of the shared corpus with the support files it uses.
 */
class GenerationFuzzTest {

    static final String NEXT_FILE = "\n#--- next file ---\n";
    private static final long TIME_LIMIT_MS = 1000;
    private static final Pattern ENTITY_TYPE = Pattern.compile("type:\\s*([A-Za-z0-9_]+)\\.");

    /**
     * Untimed runs of every corpus case before the timed ones: loading a class under Jazzer's instrumentation
     * takes ~20 ms, so an input that first reaches a dozen classes would otherwise look slow.
     */
    @BeforeAll
    static void warmUp() throws IOException {
        for (Path instance : Corpus.files(Corpus.path("ibek-samples", "iocs"), ".yaml")) {
            Sandbox.INSTANCE.reset(seedFor(instance));
            try {
                Sandbox.INSTANCE.launcher().prepare();
            } catch (StartFailure ignored) {
                // only the warm-up matters
            }
        }
    }

    @BeforeAll
    static void seedFromTheCorpus() throws IOException {
        if (System.getenv("JAZZER_FUZZ") == null) {
            return;
        }
        Path seeds = Path.of(".cifuzz-corpus", GenerationFuzzTest.class.getName(), "supportAndInstance");
        Files.createDirectories(seeds);
        for (Path instance : Corpus.files(Corpus.path("ibek-samples", "iocs"), ".yaml")) {
            Files.write(seeds.resolve("corpus-" + instance.getFileName()), seedFor(instance));
        }
    }

    @AfterAll
    static void removeTheSandbox() throws IOException {
        try (Stream<Path> walk = Files.walk(Sandbox.INSTANCE.outer)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @FuzzTest(maxDuration = "25s")
    void supportAndInstance(byte[] input) throws IOException {
        Sandbox sandbox = Sandbox.INSTANCE;
        sandbox.reset(input);
        Map<String, String> before = sandbox.outsideTheVolumes();
        long start = System.nanoTime();
        try {
            sandbox.launcher().prepare();
        } catch (StartFailure failure) {
            for (Problem p : failure.problems()) {
                if (p.position() == null || p.position().file() == null) {
                    throw new AssertionError("a problem without a file: " + p.headline());
                }
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (millis > TIME_LIMIT_MS) {
            throw new AssertionError("the input took " + millis + " ms (limit " + TIME_LIMIT_MS + " ms)");
        }
        if (!before.equals(sandbox.outsideTheVolumes())) {
            throw new AssertionError("files outside the runtime and OPI folders changed");
        }
    }

    /** An instance of the corpus and the support files whose modules its entity types name. */
    static byte[] seedFor(Path instance) throws IOException {
        String yaml = Files.readString(instance);
        Map<String, Path> supports = new LinkedHashMap<>();
        Matcher types = ENTITY_TYPE.matcher(yaml);
        while (types.find()) {
            String module = types.group(1);
            for (Path support : Corpus.files(Corpus.path("ibek-samples", "support"), ".ibek.support.yaml")) {
                if (!supports.containsKey(module) && Files.readString(support).contains("module: " + module + "\n")) {
                    supports.put(module, support);
                }
            }
        }
        List<String> parts = new ArrayList<>();
        for (Path support : supports.values()) {
            parts.add(Files.readString(support));
        }
        parts.add(yaml);
        return String.join(NEXT_FILE, parts).getBytes(StandardCharsets.UTF_8);
    }

    /** One EPICS_ROOT reused by every input: creating a tree per input would dominate the fuzzing time. */
    static final class Sandbox {

        static final Sandbox INSTANCE = create();

        private final Path outer;
        private final Path root;

        private Sandbox(Path outer) {
            this.outer = outer;
            this.root = outer.resolve("epics");
        }

        private static Sandbox create() {
            try {
                Sandbox s = new Sandbox(Files.createTempDirectory("iocrun-fuzz"));
                Files.createDirectories(s.root.resolve("ioc/config"));
                Files.createDirectories(s.root.resolve("ibek-defs"));
                Files.createDirectories(s.root.resolve("support"));
                Path pvi = Files.createDirectories(s.root.resolve("pvi-defs"));
                for (Path device : Corpus.files(Corpus.path("ibek-samples", "epics", "pvi-defs"), ".yaml")) {
                    Files.copy(device, pvi.resolve(device.getFileName()));
                }
                return s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void reset(byte[] input) throws IOException {
            try (Stream<Path> old = Files.list(root.resolve("ibek-defs"))) {
                for (Path p : old.toList()) {
                    Files.delete(p);
                }
            }
            List<byte[]> parts = split(input);
            for (int i = 0; i < parts.size() - 1; i++) {
                Files.write(root.resolve("ibek-defs/s" + i + ".ibek.support.yaml"), parts.get(i));
            }
            Files.write(root.resolve("ioc/config/ioc.yaml"), parts.getLast());
        }

        Launcher launcher() {
            Map<String, String> env = new HashMap<>();
            env.put("EPICS_ROOT", root.toString());
            env.put("IBEK_DO_WAIT_DISABLE", "true");
            YamlLoader yaml = new YamlLoader();
            // a tighter render limit than production's, so a runaway template stays well inside the 1 s per input
            JinjaEngine jinja = new JinjaEngine(new RenderLimits(Duration.ofMillis(200), RenderLimits.DEFAULT.maxOutputChars()));
            return new Launcher(yaml, new Generator(jinja, yaml), env,
                    new StepLog(new PrintWriter(new StringWriter(), true), true));
        }

        Map<String, String> outsideTheVolumes() throws IOException {
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> walk = Files.walk(outer)) {
                for (Path p : walk.toList()) {
                    if (!p.startsWith(root.resolve("runtime")) && !p.startsWith(root.resolve("opi"))) {
                        files.put(outer.relativize(p).toString(), Files.isDirectory(p) ? "dir"
                                : Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
                    }
                }
            }
            return files;
        }

        private static List<byte[]> split(byte[] input) {
            String text = new String(input, StandardCharsets.ISO_8859_1);
            List<byte[]> parts = new ArrayList<>();
            for (String part : text.split(Pattern.quote(NEXT_FILE), -1)) {
                parts.add(part.getBytes(StandardCharsets.ISO_8859_1));
            }
            return parts;
        }
    }
}
