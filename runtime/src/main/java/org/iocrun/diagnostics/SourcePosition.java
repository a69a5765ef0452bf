package org.iocrun.diagnostics;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * Where something came from: a file and a 1-based line and column. Every user-facing error carries one
 * where it can, so messages read {@code file:line:column: message}.
 */
public record SourcePosition(Path file, int line, int column) {

    /** Reading order: by file name, then line and column; a position without a file or line comes first. */
    public static final Comparator<SourcePosition> READING_ORDER = Comparator
            .comparing((SourcePosition p) -> p.file() == null ? "" : p.file().toString())
            .thenComparingInt(SourcePosition::line)
            .thenComparingInt(SourcePosition::column);

    /** A position for input that has no file (standard input, command-line text). */
    public static SourcePosition unknown(Path file) {
        return new SourcePosition(file, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }

    @Override
    public String toString() {
        String name = file == null ? "<input>" : file.toString();
        return hasLine() ? name + ":" + line + ":" + column : name;
    }
}
