package org.iocrun.substitution;

import java.util.ArrayList;
import java.util.List;

/**
 * What is being expanded (a template line, a macro value, a default): collects whether a reference failed, as
 * macLib's entry->error does, plus the names of the failed references for iocrun's own warnings.
 */
final class ExpansionTarget {

    final String type;
    final String name;
    boolean error;
    private List<BadReference> bad;
    /** Column of the top-level reference being expanded, for the positions of warnings. */
    int column;
    /** Added to an index in the expanded text to give its column (the text may be a piece of a long line). */
    int columnBase;

    ExpansionTarget(String type, String name) {
        this.type = type;
        this.name = name;
    }

    /** A reference that could not be expanded: undefined, or recursive when {@code recursive}. */
    record BadReference(String name, boolean recursive, int column) {
    }

    void fail(String reference, boolean recursive) {
        error = true;
        add(new BadReference(reference, recursive, column));
    }

    /** Takes over the failures found while expanding a macro's value used here. */
    void merge(boolean valueError, BadReference[] valueBad) {
        error = error || valueError;
        if (valueBad != null) {
            for (BadReference b : valueBad) {
                add(new BadReference(b.name(), b.recursive(), column));
            }
        }
    }

    List<BadReference> badReferences() {
        return bad == null ? List.of() : bad;
    }

    BadReference[] badReferencesArray() {
        return bad == null ? null : bad.toArray(BadReference[]::new);
    }

    void reset() {
        error = false;
        bad = null;
        column = 0;
    }

    private void add(BadReference reference) {
        if (bad == null) {
            bad = new ArrayList<>(2);
        }
        if (bad.size() < 64) {
            bad.add(reference);
        }
    }
}
