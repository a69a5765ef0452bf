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
     * Text, with its macro references located once when that is safe, so each row only looks values up.
     *
     * <p>When {@code refStart} is null the line needs macLib's full translation (it has a reference with nested
     * references, quotes, escapes or scoped definitions, or an escape that could meet a full output buffer, where
     * macLib scans differently). Otherwise reference {@code i} spans {@code text[refStart[i]..refEnd[i]]}
     * (inclusive), is {@code $(refName[i])} or {@code $(refName[i]=refDefault[i])}, and everything between
     * references is copied as it is.
     *
     * @param text NUL-terminated; {@code length} excludes the NUL
     */
    record Text(byte[] text, int length, int[] refStart, int[] refEnd, String[] refName, byte[][] refDefault,
                int line, int columnOffset) implements TemplateLine {

        boolean needsTranslation() {
            return refStart == null;
        }

        boolean isLiteral() {
            return refStart != null && refStart.length == 0;
        }
    }
}
