package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;

import java.util.List;

/**
 * The outcome of an expansion that ran to the end.
 *
 * @param warnings          what deserves a look, first ones only (undefined macros with their template
 *                          positions, extra pattern values, ...)
 * @param omittedWarnings   how many more warnings there were
 * @param undefinedMacros   some reference was left unexpanded (msi -V then exits with status 2)
 * @param filesOpened       every template and included file opened, in first-use order (msi -D's list)
 */
public record ExpansionResult(List<Problem> warnings, int omittedWarnings, boolean undefinedMacros,
                              List<String> filesOpened) {
    public ExpansionResult {
        warnings = List.copyOf(warnings);
        filesOpened = List.copyOf(filesOpened);
    }
}
