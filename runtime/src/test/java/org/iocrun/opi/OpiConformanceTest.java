package org.iocrun.opi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden {@code .bob} and {@code .pvi.template} of the corpus (pvi 0.13.1-10-g8e6f256f) against what
 * {@link OpiGenerator} produces from the same device files: screens equal after XML canonicalisation,
 * templates byte for byte, the same set of files, and the same {@code ioc.subst} pvi rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpiConformanceTest {

    private List<CorpusPviCase> cases;
    private final Map<String, OpiOutputs> generated = new HashMap<>();

    @BeforeAll
    void deriveCases(@TempDir Path pviDefs) throws Exception {
        CorpusPviCase.linkCorpusPviDefs(pviDefs);
        cases = CorpusPviCase.all(pviDefs);
    }

    private OpiOutputs outputs(CorpusPviCase c) throws Exception {
        OpiOutputs out = generated.get(c.name());
        if (out == null) {
            out = new OpiGenerator(c.pviDefs(), c.configDir()).generate(c.iocName(), c.entities());
            generated.put(c.name(), out);
            dumpForDebugging(c, out);
        }
        return out;
    }

    /** With {@code -Diocrun.opi.dump=DIR}, keeps the generated files for comparison with the goldens. */
    private static void dumpForDebugging(CorpusPviCase c, OpiOutputs out) throws java.io.IOException {
        String dump = System.getProperty("iocrun.opi.dump");
        if (dump == null) {
            return;
        }
        Path dir = Path.of(dump, c.name());
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : out.opiFiles().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
        for (Map.Entry<String, String> e : out.runtimeTemplates().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue());
        }
    }

    Stream<Arguments> goldenScreens() throws Exception {
        List<Arguments> args = new ArrayList<>();
        for (CorpusPviCase c : cases) {
            try (Stream<Path> files = Files.list(c.expectedOpi())) {
                files.filter(p -> p.toString().endsWith(".bob")).sorted()
                        .forEach(p -> args.add(Arguments.of(c, p.getFileName().toString())));
            }
        }
        return args.stream();
    }

    Stream<Arguments> goldenTemplates() throws Exception {
        List<Arguments> args = new ArrayList<>();
        for (CorpusPviCase c : cases) {
            try (Stream<Path> files = Files.list(c.expectedTemplates())) {
                files.filter(p -> p.toString().endsWith(".pvi.template")).sorted()
                        .forEach(p -> args.add(Arguments.of(c, p.getFileName().toString())));
            }
        }
        return args.stream();
    }

    Stream<CorpusPviCase> allCases() {
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("goldenScreens")
    void screenMatchesGolden(CorpusPviCase c, String file) throws Exception {
        String actual = outputs(c).opiFiles().get(file);
        assertTrue(actual != null, "not generated: " + file);
        Optional<String> difference = CanonicalXml.difference(Files.readString(c.expectedOpi().resolve(file)), actual);
        assertEquals(Optional.empty(), difference, file);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("goldenTemplates")
    void templateIsByteIdentical(CorpusPviCase c, String file) throws Exception {
        assertEquals(Files.readString(c.expectedTemplates().resolve(file)), outputs(c).runtimeTemplates().get(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void generatesExactlyTheGoldenFiles(CorpusPviCase c) throws Exception {
        assertEquals(names(c.expectedOpi(), ".bob"), new TreeSet<>(outputs(c).opiFiles().keySet()));
        assertEquals(names(c.expectedTemplates(), ".pvi.template"),
                new TreeSet<>(outputs(c).runtimeTemplates().keySet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void substitutionRowsMatchGoldenIocSubst(CorpusPviCase c) throws Exception {
        assertEquals(goldenPviRows(Files.readString(c.expectedSubst())), rowsByFile(outputs(c).substitutions()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allCases")
    void everyScreenIsWellFormedXml(CorpusPviCase c) throws Exception {
        for (Map.Entry<String, String> e : outputs(c).opiFiles().entrySet()) {
            assertEquals("display", CanonicalXml.parse(e.getValue()).getTagName(), e.getKey());
        }
    }

    /** Not a pass/fail criterion (canonical equality is), but how close the bytes are is worth knowing. */
    @Test
    void reportsByteIdenticalScreens() throws Exception {
        int identical = 0;
        int total = 0;
        for (CorpusPviCase c : cases) {
            for (Map.Entry<String, String> e : outputs(c).opiFiles().entrySet()) {
                Path golden = c.expectedOpi().resolve(e.getKey());
                if (Files.exists(golden)) {
                    total++;
                    identical += Files.readString(golden).equals(e.getValue()) ? 1 : 0;
                }
            }
        }
        System.out.printf("pvi screens byte-identical to the goldens: %d of %d%n", identical, total);
        assertTrue(total > 150, "the corpus has more than 150 golden screens");
    }

    private static TreeSet<String> names(Path dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static final Pattern BLOCK = Pattern.compile("file \"([^\"]+\\.pvi\\.template)\" \\{\\npattern \\n(.*?)\\n}",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("\"([^\"]*)\"");

    /** file -> rows of cells (first row the macro names) of the pvi blocks of a golden ioc.subst. */
    private static Map<String, List<List<String>>> goldenPviRows(String subst) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        Matcher block = BLOCK.matcher(subst);
        while (block.find()) {
            List<List<String>> rows = new ArrayList<>();
            for (String line : block.group(2).split("\n")) {
                List<String> cells = new ArrayList<>();
                Matcher cell = CELL.matcher(line);
                while (cell.find()) {
                    cells.add(cell.group(1));
                }
                rows.add(cells);
            }
            out.put(block.group(1), rows);
        }
        return out;
    }

    private static Map<String, List<List<String>>> rowsByFile(List<PviSubstitution> rows) {
        Map<String, List<List<String>>> out = new LinkedHashMap<>();
        for (PviSubstitution row : rows) {
            List<List<String>> block = out.computeIfAbsent(row.file(), f -> {
                List<List<String>> b = new ArrayList<>();
                b.add(new ArrayList<>(row.args().keySet()));
                return b;
            });
            block.add(new ArrayList<>(row.args().values()));
        }
        return out;
    }
}
