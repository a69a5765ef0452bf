package org.iocrun.cli;

import org.iocrun.substitution.RealMsi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every ioc.subst that ibek generated in the shared corpus, expanded by msi and by iocrun msi: the support modules'
 * templates are not in the corpus, so each is replaced by a stub that refers to every word of the substitution
 * file (each becomes a macro reference, defined or not), with $(MODULE) paths served from the environment.
 */
class MsiCorpusTest {

    private static final Pattern FILE = Pattern.compile("^file \"([^\"]+)\"", Pattern.MULTILINE);
    private static final Pattern MODULE = Pattern.compile("^\\$\\(([A-Z_0-9]+)\\)/(.*)$");
    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

    static Stream<String> substitutionFiles() throws IOException {
        Path corpus = Path.of(System.getProperty("iocrun.shared"), "corpus");
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".subst"))
                    .map(p -> corpus.relativize(p).toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("substitutionFiles")
    void iocrunMatchesMsiOnIbekOutput(String relative, @TempDir Path dir) throws Exception {
        RealMsi msi = RealMsi.require();
        String subst = Files.readString(Path.of(System.getProperty("iocrun.shared"), "corpus", relative));
        Files.writeString(dir.resolve("ioc.subst"), subst);
        String stub = stubTemplate(subst);
        Map<String, String> env = new TreeMap<>();
        Matcher file = FILE.matcher(subst);
        while (file.find()) {
            Matcher module = MODULE.matcher(file.group(1));
            Path template;
            if (module.matches()) {
                env.put(module.group(1), dir.resolve("modules").resolve(module.group(1)).toString());
                template = dir.resolve("modules").resolve(module.group(1)).resolve(module.group(2));
            } else {
                template = dir.resolve("db").resolve(file.group(1));
            }
            Files.createDirectories(template.getParent());
            Files.writeString(template, stub);
        }
        List<String> args = List.of("-I", "db", "-S", "ioc.subst");

        RealMsi.Run expected = msi.run(dir, args, env, new byte[0]);
        MsiDifferentialTest.Outcome actual = MsiDifferentialTest.runIocrun(dir, args, env, new byte[0]);

        assertEquals(0, expected.exitCode(), expected.stderr());
        assertEquals(expected.exitCode(), actual.exitCode(), actual.stderr());
        assertEquals(new String(expected.stdout(), StandardCharsets.ISO_8859_1),
                new String(actual.stdout(), StandardCharsets.ISO_8859_1));
        assertArrayEquals(expected.stdout(), actual.stdout());
    }

    /** One line per distinct word of the substitution file: {@code word=$(word)}. */
    private static String stubTemplate(String subst) {
        TreeSet<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(subst);
        while (word.find()) {
            words.add(word.group());
        }
        StringBuilder template = new StringBuilder("record(ai, \"$(P=)$(R=)\") {\n");
        for (String w : words) {
            template.append("  field(DESC, \"").append(w).append("=$(").append(w).append(")\")\n");
        }
        return template.append("}\n").toString();
    }
}
