package org.iocrun.diagnostics;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * How problems are printed: for people ({@code text}: position, message, source excerpt), for programs ({@code json}:
 * one JSON object per line) or for GitHub Actions ({@code github}: workflow commands that annotate the pull request
 * at the file and line). Every format prints in reading order (file, then position).
 */
public enum ProblemFormat {
    TEXT, JSON, GITHUB;

    /** Whether this format is for a program, so it goes to standard output and nothing else may be printed there. */
    public boolean isForMachines() {
        return this != TEXT;
    }

    public void print(List<Problem> problems, PrintWriter out) {
        if (this == TEXT) {
            new ProblemPrinter(out).print(problems);
            return;
        }
        for (Problem p : problems.stream().distinct().sorted(Problem.READING_ORDER).toList()) {
            out.println(this == JSON ? json(p) : github(p));
        }
    }

    /** {@code {"file":...,"line":...,"column":...,"severity":...,"message":...,"hint":...}}; file null without one. */
    static String json(Problem p) {
        SourcePosition at = p.position();
        return "{\"file\":" + (at.file() == null ? "null" : quoted(at.file().toString()))
                + ",\"line\":" + at.line() + ",\"column\":" + at.column()
                + ",\"severity\":" + quoted(p.severity().name().toLowerCase(Locale.ROOT))
                + ",\"message\":" + quoted(p.message()) + ",\"hint\":" + quoted(p.hint()) + "}";
    }

    /**
     * GitHub's {@code ::error file=F,line=L,col=C::message} (the hint in parentheses after the message); a position
     * without a line gives the file alone, one without a file neither.
     */
    static String github(Problem p) {
        SourcePosition at = p.position();
        StringBuilder command = new StringBuilder("::").append(p.isError() ? "error" : "warning");
        String separator = " ";
        if (at.file() != null) {
            command.append(separator).append("file=").append(escapeProperty(at.file().toString()));
            separator = ",";
            if (at.hasLine()) {
                command.append(",line=").append(at.line()).append(",col=").append(at.column());
            }
        }
        String text = p.message() + (p.hint().isEmpty() ? "" : " (" + p.hint() + ")");
        return command.append("::").append(escapeData(text)).toString();
    }

    /** GitHub's escaping of a workflow command's message. */
    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** GitHub's escaping of a workflow command's property value. */
    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String quoted(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
