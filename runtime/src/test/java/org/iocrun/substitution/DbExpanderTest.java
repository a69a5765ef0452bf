package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** iocrun's own API on top of msi's behaviour: render-time checks, file output, positions in messages. */
class DbExpanderTest {

    @TempDir
    Path dir;

    private MsiOptions options(String... includeDirs) {
        return MsiOptions.defaults().withWorkingDirectory(dir)
                .withIncludePath(new IncludePath(List.of(includeDirs)));
    }

    private void write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    @Test
    void findsMissingTemplatesWithTheirPositions() throws Exception {
        write("db/here.db", "x\n");
        write("ioc.subst", """
                file "here.db" {
                pattern
                    { "P" }
                    { "a" }
                }

                file "gone.template" {
                pattern
                    { "P" }
                    { "b" }
                    { "c" }
                }
                """);
        List<MissingTemplate> missing = DbExpander.findMissingTemplates(dir.resolve("ioc.subst"),
                List.of(dir.resolve("db"), dir.resolve("runtime")), Map.of());
        assertEquals(1, missing.size());
        MissingTemplate m = missing.getFirst();
        assertEquals("gone.template", m.fileName());
        assertEquals(new SourcePosition(dir.resolve("ioc.subst"), 7, 6), m.position());
        assertEquals(1, m.blockIndex());
        assertEquals(2, m.rowCount());
        assertTrue(m.searched().contains(dir.resolve("db").toString()), m.searched());
        assertTrue(m.searched().contains(dir.resolve("runtime").toString()), m.searched());
    }

    @Test
    void expandsEnvironmentMacrosInFileNamesForTheCheck() throws Exception {
        write("adcore/db/NDStats.template", "x\n");
        write("ioc.subst", "file \"$(ADCORE)/db/NDStats.template\" { { P=1 } }\n"
                + "file \"$(NOT_SET)/x.db\" { { P=1 } }\n");
        List<MissingTemplate> missing = DbExpander.findMissingTemplates(dir.resolve("ioc.subst"), List.of(),
                Map.of("ADCORE", dir.resolve("adcore").toString()));
        assertEquals(1, missing.size());
        assertEquals(2, missing.getFirst().position().line());
        assertTrue(missing.getFirst().searched().contains("environment variable"));
    }

    @Test
    void reportsNothingWhenEveryTemplateResolves() throws Exception {
        write("db/a.db", "a\n");
        write("ioc.subst", "file a.db { { P=1 } }\n");
        assertTrue(DbExpander.findMissingTemplates(dir.resolve("ioc.subst"), List.of(dir.resolve("db")), Map.of())
                .isEmpty());
    }

    @Test
    void expandToFileReplacesTheOutputOnlyOnSuccess() throws Exception {
        write("db/a.db", "record $(P)\n");
        write("good.subst", "file a.db { { P=1 } { P=2 } }\n");
        write("bad.subst", "file a.db { { P=3 } }\nfile missing.db { { P=4 } }\n");
        Path out = dir.resolve("ioc.db");
        DbExpander expander = new DbExpander(options("db"));

        expander.expandToFile(Path.of("good.subst"), out);
        assertEquals("record 1\nrecord 2\n", Files.readString(out));

        assertThrows(UserError.class, () -> expander.expandToFile(Path.of("bad.subst"), out));
        assertEquals("record 1\nrecord 2\n", Files.readString(out), "the old output stays");
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.toString().endsWith(".partial")), "no partial file left");
        }
    }

    @Test
    void undefinedMacroFailsExpandToFileWhenStrict() throws Exception {
        write("db/a.db", "ok\nrecord $(P) $(Q)\n");
        write("x.subst", "file a.db { { P=1 } }\n");
        DbExpander strict = new DbExpander(options("db").withUndefinedIsError(true));
        UserError error = assertThrows(UserError.class, () -> strict.expandToFile(Path.of("x.subst"),
                dir.resolve("ioc.db")));
        Problem p = error.problems().getFirst();
        assertEquals(new SourcePosition(Path.of("db/a.db"), 2, 13), p.position());
        assertTrue(p.message().contains("Q"), p.message());
        assertFalse(Files.exists(dir.resolve("ioc.db")));
    }

    /** Inputs that fail, with where the error must point (line, column) and a word the message must contain. */
    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("file a.db { { P=1 } }\nfile missing.db { { P=2 } }\n", "x.subst", 2, 6, "missing.db"),
                Arguments.of("file inc.db { { P=1 } }\n", "db/inc.db", 2, 1, "nowhere.db"),
                Arguments.of("file a.db {\n  { P=1 }   # note\n}\n", "x.subst", 2, 13, "pattern"),
                Arguments.of("file a.db {\n}\n", "x.subst", 2, 1, "'}'"),
                Arguments.of("file a.db {\n  { P=\"open\n}\n", "x.subst", 2, 7, "string"),
                Arguments.of("file a.db { { P=1 } }\nfile a.db { { P=1\n", "x.subst", 3, 1, "end of file"),
                Arguments.of("{ P=1 }\n", "x.subst", 1, 1, "template"),
                Arguments.of("file cycle.db { { P=1 } }\n", "db/cycle.db", 1, 1, "cycle"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void errorsPointAtTheCause(String subst, String file, int line, int column, String word) throws Exception {
        write("db/a.db", "a $(P)\n");
        write("db/inc.db", "first\ninclude \"nowhere.db\"\n");
        write("db/cycle.db", "include \"cycle.db\"\n");
        write("x.subst", subst);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserError error = assertThrows(UserError.class,
                () -> new DbExpander(options("db")).expandSubstitutions(Path.of("x.subst"), out));
        Problem p = error.problems().getFirst();
        assertEquals(new SourcePosition(Path.of(file), line, column), p.position(), p.headline());
        assertTrue(p.headline().contains(word), p.headline());
    }

    @Test
    void undefinedMacrosAreWarningsWithTemplatePositions() throws Exception {
        write("db/a.db", "record($(P), \"$(DESC)\")\n");
        write("x.subst", "file a.db {\n  { P=1 }\n}\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExpansionResult result = new DbExpander(options("db")).expandSubstitutions(Path.of("x.subst"), out);
        assertEquals("record(1, \"$(DESC)\")\n", out.toString(StandardCharsets.UTF_8));
        assertTrue(result.undefinedMacros());
        Problem p = result.warnings().getFirst();
        assertEquals(new SourcePosition(Path.of("db/a.db"), 1, 15), p.position());
        assertTrue(p.hint().contains("x.subst:2:3"), p.hint());
    }

    @Test
    void outputBeforeAFailureIsWritten() throws Exception {
        write("db/a.db", "a $(P)\n");
        write("x.subst", "file a.db { { P=1 } }\nfile missing.db { { P=2 } }\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(UserError.class,
                () -> new DbExpander(options("db")).expandSubstitutions(Path.of("x.subst"), out));
        assertEquals("a 1\n", out.toString(StandardCharsets.UTF_8));
    }
}
