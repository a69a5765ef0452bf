package org.iocrun.generation;

/** Detects a parameter value whose line breaks reached rendered st.cmd text. */
final class LineBreaks {

    private LineBreaks() {
    }

    /** Whether {@code value} has a line break and the text after it appears in {@code rendered}. */
    static boolean addsLines(String value, String rendered) {
        int brk = firstBreak(value);
        if (brk < 0) {
            return false;
        }
        String after = value.substring(brk + 1).strip();
        return rendered.contains(value) || (!after.isEmpty() && rendered.contains(after));
    }

    private static int firstBreak(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
