package org.iocrun.cli;

import org.iocrun.substitution.RealMsi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Templates and rows made of random pieces of macro syntax (brackets, defaults, scoped definitions, quotes,
 * escapes), expanded by msi and by iocrun msi, with and without -V: catches what hand-written cases miss.
 * Seeds are fixed so a failure can be replayed.
 */
class MsiRandomDifferentialTest {

    private static final String[] PIECES = {
            "$(", "${", ")", "}", "=", ",", "\"", "'", "\\", "$", "A", "B", "C", "AB", "x", " ", "$(A)", "${B}",
            "$(C=", "$(A,B=", "(", "{", "q", "\\$(", "$(A=\\", "L".repeat(120), "Y".repeat(1100)};
    private static final String[] NAMES = {"A", "B", "C", "AB"};

    /** 40 seeds by default; {@code -Dmsi.random.seeds=N} runs more when hunting for differences. */
    static Stream<Integer> seeds() {
        return IntStream.rangeClosed(1, Integer.getInteger("msi.random.seeds", 40)).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSyntaxExpandsLikeMsi(int seed, @TempDir Path dir) throws Exception {
        RealMsi msi = RealMsi.require();
        Random random = new Random(seed);
        StringBuilder template = new StringBuilder();
        for (int line = 0; line < 60; line++) {
            template.append(text(random, 1 + random.nextInt(12))).append('\n');
        }
        StringBuilder subst = new StringBuilder("file t.db {\n");
        for (int row = 0; row < 6; row++) {
            subst.append("  {");
            for (String name : NAMES) {
                if (random.nextInt(3) > 0) {
                    String value = text(random, random.nextInt(5)).replace("\"", "'");
                    if (value.endsWith("\\")) {
                        value += " ";
                    }
                    subst.append(' ').append(name).append("=\"").append(value).append("\",");
                }
            }
            subst.append(" }\n");
        }
        subst.append("}\n");
        Files.writeString(dir.resolve("t.db"), template, StandardCharsets.ISO_8859_1);
        Files.writeString(dir.resolve("x.subst"), subst, StandardCharsets.ISO_8859_1);

        for (List<String> args : List.of(List.of("-I.", "-S", "x.subst"), List.of("-V", "-I.", "-S", "x.subst"))) {
            RealMsi.Run expected = msi.run(dir, args, Map.of(), new byte[0]);
            MsiDifferentialTest.Outcome actual = MsiDifferentialTest.runIocrun(dir, args, Map.of(), new byte[0]);
            String context = "seed " + seed + " " + args + "\ntemplate:\n" + template + "\nsubst:\n" + subst;
            assertEquals(expected.exitCode(), actual.exitCode(), context);
            assertEquals(new String(expected.stdout(), StandardCharsets.ISO_8859_1),
                    new String(actual.stdout(), StandardCharsets.ISO_8859_1), context);
            assertArrayEquals(expected.stdout(), actual.stdout(), context);
        }
    }

    private static final String[] SUBST_PIECES = {
            "file", " t.db", " \"t.db\"", "{", "}", " { ", " } ", "pattern", "global", ",", "\n", " ", "\t", "#", "# c\n",
            "A=1", "B=\"x y\"", "A", "=", "C", "\"v\"", "2", "\r\n", "{A=3}", "{ B }", "file t.db {\n", "}\n"};

    /** Random token soup as a substitution file: msi's reader must accept and reject exactly what iocrun does. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomSubstitutionFilesParseLikeMsi(int seed, @TempDir Path dir) throws Exception {
        RealMsi msi = RealMsi.require();
        Random random = new Random(seed);
        StringBuilder subst = new StringBuilder();
        int blocks = 1 + random.nextInt(4);
        for (int b = 0; b < blocks; b++) {
            block(random, subst);
        }
        subst.append('\n');
        Files.writeString(dir.resolve("t.db"), "[$(A)] [$(B)] [$(C)]\n");
        Files.writeString(dir.resolve("x.subst"), subst);
        List<String> args = List.of("-I.", "-S", "x.subst");
        RealMsi.Run expected = msi.run(dir, args, Map.of(), new byte[0]);
        MsiDifferentialTest.Outcome actual = MsiDifferentialTest.runIocrun(dir, args, Map.of(), new byte[0]);
        String context = "seed " + seed + "\nsubst:\n" + subst + "\nmsi: " + expected.stderr() + "\niocrun: "
                + actual.stderr();
        assertEquals(expected.exitCode(), actual.exitCode(), context);
        assertArrayEquals(expected.stdout(), actual.stdout(), context);
    }

    private static final String[] SEPARATORS = {",", " ", "\n", ",\n", "\t", " ,", ", ", "\n# comment\n", ",# c\n",
            "\r\n"};
    private static final String[] VALUES = {"1", "\"x y\"", "\"\"", "$(B)", "\"a,b\"", "'q'", "v\\,w", "\"$(C=d)\""};

    /** A mostly well-formed global or file block, with random separators, comments and, rarely, noise. */
    private static void block(Random random, StringBuilder subst) {
        if (random.nextInt(4) == 0) {
            subst.append("global ").append(sep(random)).append(plainRow(random)).append('\n');
            return;
        }
        subst.append("file ").append(random.nextBoolean() ? "t.db" : "\"t.db\"").append(sep(random)).append("{")
                .append(sep(random));
        boolean pattern = random.nextBoolean();
        List<String> names = List.of(NAMES).subList(0, 1 + random.nextInt(NAMES.length));
        if (pattern) {
            subst.append("pattern").append(sep(random)).append('{');
            for (String name : names) {
                subst.append(random.nextBoolean() ? name : "\"" + name + "\"").append(sep(random));
            }
            subst.append('}').append(sep(random));
        }
        int rows = 1 + random.nextInt(4);
        for (int r = 0; r < rows; r++) {
            if (pattern) {
                subst.append('{');
                for (int i = 0; i < names.size() + random.nextInt(2) - random.nextInt(2); i++) {
                    subst.append(VALUES[random.nextInt(VALUES.length)]).append(sep(random));
                }
                subst.append('}');
            } else {
                subst.append(plainRow(random));
            }
            subst.append(sep(random));
            if (random.nextInt(12) == 0) {
                subst.append(SUBST_PIECES[random.nextInt(SUBST_PIECES.length)]);
            }
        }
        subst.append("}\n");
    }

    private static String plainRow(Random random) {
        StringBuilder row = new StringBuilder("{");
        for (String name : NAMES) {
            if (random.nextBoolean()) {
                row.append(name).append(random.nextInt(4) == 0 ? "" : "=" + VALUES[random.nextInt(VALUES.length)])
                        .append(sep(random));
            }
        }
        return row.append('}').toString();
    }

    private static String sep(Random random) {
        return SEPARATORS[random.nextInt(SEPARATORS.length)];
    }

    private static String text(Random random, int pieces) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pieces; i++) {
            parts.add(PIECES[random.nextInt(PIECES.length)]);
        }
        return String.join("", parts);
    }
}
