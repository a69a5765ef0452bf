package org.iocrun.diagnostics;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Problems are printed in reading order (file, line, column) whatever order the stages found them in. */
class ProblemPrinterTest {

    @Test
    void sortsByFileThenPosition() {
        Path a = Path.of("a.yaml");
        Path b = Path.of("b.yaml");
        List<Problem> found = List.of(
                Problem.error(new SourcePosition(b, 1, 1), "fourth"),
                Problem.error(new SourcePosition(a, 12, 3), "third"),
                Problem.error(new SourcePosition(a, 2, 9), "second"),
                Problem.error(new SourcePosition(a, 2, 1), "first"),
                Problem.error(SourcePosition.unknown(null), "no place"));
        StringWriter text = new StringWriter();
        new ProblemPrinter(new PrintWriter(text, true)).print(found);
        assertEquals("""
                <input>: no place
                a.yaml:2:1: first
                a.yaml:2:9: second
                a.yaml:12:3: third
                b.yaml:1:1: fourth
                5 errors
                """, text.toString());
    }
}
