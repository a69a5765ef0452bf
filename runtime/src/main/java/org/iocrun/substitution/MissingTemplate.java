package org.iocrun.substitution;

import org.iocrun.diagnostics.SourcePosition;

/**
 * A {@code file} of a substitution file that is not on the include path, so msi would fail on its first row.
 *
 * @param fileName   the name as msi would look for it (environment macros expanded), or as written when that
 *                   expansion failed
 * @param position   where the name is in the substitution file
 * @param blockIndex 0-based index of its block (set of rows) in the file
 * @param rowCount   how many rows use it
 * @param searched   what was searched, for messages
 */
public record MissingTemplate(String fileName, SourcePosition position, int blockIndex, int rowCount,
                              String searched) {
}
