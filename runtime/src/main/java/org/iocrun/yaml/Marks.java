package org.iocrun.yaml;

import org.iocrun.diagnostics.SourcePosition;
import org.snakeyaml.engine.v2.exceptions.Mark;

import java.nio.file.Path;
import java.util.Optional;

/** snakeyaml-engine marks are 0-based; every position we hand out is 1-based. */
final class Marks {

    private Marks() {
    }

    static SourcePosition position(Path file, Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    static SourcePosition position(Path file, Optional<Mark> mark) {
        return mark.isPresent() ? position(file, mark.get()) : SourcePosition.unknown(file);
    }
}
