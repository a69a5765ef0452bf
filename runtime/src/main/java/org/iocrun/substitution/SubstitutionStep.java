package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;

/** What msi does, in order, for a substitution file: the file parsed into a list of steps. */
sealed interface SubstitutionStep {

    /** {@code global { a=1 }}: definitions added outside any row scope. */
    record Globals(String definitions, SourcePosition position) implements SubstitutionStep {
    }

    /**
     * The start of a set of rows for one template: a {@code file} block, or rows that follow one without a new
     * {@code file} keyword.
     *
     * @param templateName the file name with environment macros expanded (Latin-1); null when that failed or
     *                     when no {@code file} was given, which is an error unless a template is given to msi
     * @param written      the name as written in the substitution file, for messages (Latin-1)
     * @param blockIndex   0-based index of this set among all sets of the file
     */
    record TemplateSet(String templateName, String written, SourcePosition position, int blockIndex)
            implements SubstitutionStep {
    }

    /**
     * One row: definitions in msi's {@code a=1,b=2} form, already paired with the pattern names.
     *
     * @param rowIndex 0-based index of the row within its set
     */
    record Row(String definitions, SourcePosition position, int rowIndex) implements SubstitutionStep {
    }

    /** The file cannot be read further: msi stops here with this error (after expanding the steps before it). */
    record Failure(Problem problem) implements SubstitutionStep {
    }
}
