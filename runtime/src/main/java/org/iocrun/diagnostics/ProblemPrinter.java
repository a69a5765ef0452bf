package org.iocrun.diagnostics;


import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints problems the way compilers do: {@code file:line:column: message}, then the source line and a
 * caret under the column, so a beamline engineer sees the exact spot in the YAML.
 */
public final class ProblemPrinter {

    /** The most characters of a source line shown under a problem. */
    static final int MAX_EXCERPT = 160;

    private final PrintWriter out;
    private final Map<Path, List<String>> lines = new HashMap<>();

    public ProblemPrinter(PrintWriter out) {
        this.out = out;
    }

    /** Prints the problems sorted by file and position, then how many errors there were. */
    public void print(List<Problem> problems) {
        for (Problem p : problems.stream().distinct().sorted(Problem.READING_ORDER).toList()) {
            print(p);
        }
        long errors = problems.stream().distinct().filter(Problem::isError).count();
        if (errors > 1) {
            out.println(errors + " errors");
        }
    }

    public void print(Problem p) {
        out.println(p.headline());
        excerpt(p.position());
    }

    private void excerpt(SourcePosition pos) {
        if (pos.file() == null || !pos.hasLine()) {
            return;
        }
        List<String> text = lines.computeIfAbsent(pos.file(), ProblemPrinter::read);
        if (pos.line() > text.size()) {
            return;
        }
        String line = text.get(pos.line() - 1).replace('\t', ' ');
        int col = Math.max(1, Math.min(pos.column(), line.length() + 1));
        if (line.length() > MAX_EXCERPT) {
            // a window around the column: a huge generated line would otherwise flood the terminal
            int from = Math.max(0, Math.min(col - 1 - MAX_EXCERPT / 2, line.length() - MAX_EXCERPT));
            String prefix = from > 0 ? "..." : "";
            String suffix = from + MAX_EXCERPT < line.length() ? "..." : "";
            line = prefix + line.substring(from, from + MAX_EXCERPT) + suffix;
            col = col - from + prefix.length();
        }
        out.println("  " + line);
        out.println("  " + " ".repeat(col - 1) + "^");
    }

    private static List<String> read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }
}
