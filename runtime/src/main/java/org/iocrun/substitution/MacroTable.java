package org.iocrun.substitution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The macro definitions in force, with macLib's scoping: definitions are stacked, {@link #pushScope()} starts a
 * level whose definitions {@link #popScope()} drops, a definition replaces an existing one only on the same level,
 * and undefining a name removes it from every level. Any change marks the table dirty, which starts a new
 * expansion round (see {@link MacroTranslator}).
 */
final class MacroTable {

    private static final String SCOPE = "<scope>";

    private final List<MacroEntry> entries = new ArrayList<>();
    private final Map<String, MacroEntry> visible = new HashMap<>();
    /** Looked up when a name is not defined (macEnvExpand's table); null for msi's own table. */
    private final Map<String, String> environment;

    private int level;
    /** Values changed since the current round began: references must translate raw values again. */
    boolean dirty;
    /** Counts expansion rounds; cached values of older rounds are stale. */
    long round;
    /** msi without -V suppresses macLib's warnings, which also changes the text left for bad references. */
    final boolean quiet;
    /** Warnings are suppressed temporarily while scanning default values and scoped definitions. */
    boolean suppressed;

    MacroTable(boolean quiet, Map<String, String> environment) {
        this.quiet = quiet;
        this.suppressed = quiet;
        this.environment = environment;
    }

    MacroEntry lookup(String name) {
        MacroEntry entry = visible.get(name);
        if (entry == null && environment != null) {
            String value = environment.get(name);
            if (value != null) {
                entry = create(name, "environment variable", false);
                setRaw(entry, value);
            }
        }
        return entry;
    }

    /** macPutValue: define, redefine on the same level, or (value null) undefine on every level. */
    void put(String name, String value) {
        if (value == null) {
            MacroEntry entry;
            while ((entry = lookup(name)) != null) {
                boolean fromEnvironment = "environment variable".equals(entry.type);
                delete(entry);
                if (fromEnvironment) {
                    break;
                }
            }
            return;
        }
        MacroEntry entry = lookup(name);
        if (entry == null || entry.level < level) {
            entry = create(name, "macro", false);
        }
        setRaw(entry, value);
    }

    void define(List<MacroDefinition> definitions) {
        for (MacroDefinition d : definitions) {
            put(d.name(), d.value());
        }
    }

    void pushScope() {
        level++;
        create(SCOPE, "scope marker", true);
    }

    void popScope() {
        if (level == 0) {
            throw new IllegalStateException("no macro scope to pop");
        }
        int marker = entries.size() - 1;
        while (marker >= 0 && !entries.get(marker).scopeMarker) {
            marker--;
        }
        for (int i = entries.size() - 1; i >= marker && i >= 0; i--) {
            delete(entries.get(i));
        }
        level--;
    }

    /** macExpandString's expand(): a dirty table starts a new round, in which cached values are computed anew. */
    void beginRound() {
        if (dirty) {
            round++;
            dirty = false;
        }
    }

    private MacroEntry create(String name, String type, boolean scopeMarker) {
        // interned like the names in compiled templates, so the hot lookups compare by identity
        MacroEntry entry = new MacroEntry(name.intern(), type, level, scopeMarker);
        entries.add(entry);
        if (!scopeMarker) {
            entry.below = visible.put(name, entry);
        }
        return entry;
    }

    private void setRaw(MacroEntry entry, String value) {
        entry.raw = Latin1.terminated(value);
        dirty = true;
    }

    private void delete(MacroEntry entry) {
        int at = entries.size() - 1;
        if (entries.get(at) != entry) {
            at = entries.lastIndexOf(entry);
        }
        entries.remove(at);
        if (!entry.scopeMarker) {
            unlink(entry);
        }
        dirty = true;
    }

    private void unlink(MacroEntry entry) {
        MacroEntry top = visible.get(entry.name);
        if (top == entry) {
            if (entry.below == null) {
                visible.remove(entry.name);
            } else {
                visible.put(entry.name, entry.below);
            }
            return;
        }
        for (MacroEntry e = top; e != null; e = e.below) {
            if (e.below == entry) {
                e.below = entry.below;
                return;
            }
        }
    }
}
