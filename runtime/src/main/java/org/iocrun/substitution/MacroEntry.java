package org.iocrun.substitution;

/**
 * One macro definition (or scope marker) in a {@link MacroTable}, with the per-expansion-round cache of its
 * expanded value. Mutable by design: it mirrors macLib's entry, whose flags the translator toggles.
 */
final class MacroEntry {

    final String name;
    final String type;
    final int level;
    final boolean scopeMarker;
    /** The next-older definition of the same name, visible again once this one is deleted. */
    MacroEntry below;
    /** The raw value, NUL-terminated; null for a scope marker. */
    byte[] raw;
    /** Set while this macro's raw value is being translated, to detect recursion. */
    boolean visited;

    /** The expanded value (at most 256 bytes) of round {@link #round}, computed on first use. */
    byte[] value;
    boolean valueError;
    ExpansionTarget.BadReference[] valueBad;
    long round = -1;

    MacroEntry(String name, String type, int level, boolean scopeMarker) {
        this.name = name;
        this.type = type;
        this.level = level;
        this.scopeMarker = scopeMarker;
    }
}
