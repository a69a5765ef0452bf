package org.iocrun.substitution;

/**
 * One {@code name=value} of a macro definition list such as {@code "P=X:,R=Y"}.
 *
 * @param name  the name with quotes and escapes removed (Latin-1)
 * @param value the raw value, quotes and escapes kept for the expansion to remove (Latin-1); {@code null} for a
 *              bare name without {@code =}, which msi treats as "undefine this macro"
 */
record MacroDefinition(String name, String value) {

    boolean undefines() {
        return value == null;
    }
}
