package org.iocrun.substitution;

/**
 * One line of a database template as msi reads it (at most 4095 bytes: longer lines come in pieces), already
 * classified: an {@code include "file"}, a {@code substitute "a=b"}, or text to expand.
 */
sealed interface TemplateLine {

    /** 1-based line in the file. */
    int line();

    /** 0-based column where this piece starts (non-zero only for the continuation of a long line). */
    int columnOffset();

    record Include(String fileName, int line, int columnOffset) implements TemplateLine {
    }

    record Substitute(String definitions, int line, int columnOffset) implements TemplateLine {
    }

    /**
     * Text with its macro references located once, so each row only looks values up. A reference {@code i} spans
     * {@code text[refStart[i]..refEnd[i]]} (inclusive); {@code refName[i]} is its name when it is a plain
     * {@code $(NAME)} or {@code $(NAME=default)}, or null when the general translator must handle it (nesting,
     * quotes, escapes, scoped definitions); {@code refDefault[i]} is then the default's bytes, or null for none.
     *
     * @param text NUL-terminated; {@code length} excludes the NUL
     */
    record Text(byte[] text, int length, int[] refStart, int[] refEnd, String[] refName, byte[][] refDefault,
                int line, int columnOffset) implements TemplateLine {

        boolean isLiteral() {
            return refStart.length == 0;
        }
    }
}
