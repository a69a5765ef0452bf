package org.iocrun.substitution;

/**
 * macLib's translation engine (trans/refer in macCore.c), ported rule for rule because msi's output depends on
 * every quirk: quotes and escapes are kept at the top level and removed inside macro values, single quotes stop
 * expansion, {@code $(a=default)} and {@code $(a,b=scoped)} are honoured, names and values stop at 256 bytes, and
 * a bad reference is left in the output as {@code $(name)} (or {@code $(name,undefined)} when warnings are on).
 *
 * <p>Texts are NUL-terminated byte arrays; a scan stops at the NUL or at one of the terminator characters, and
 * returns the index of the last character it consumed (the C code's {@code *rawval}).
 */
final class MacroTranslator {

    /** macLib's MAC_SIZE: the longest macro name or expanded value. */
    static final int VALUE_LIMIT = 256;

    static final String TO_END = "";
    private static final BoundedBuffer DISCARDING = new BoundedBuffer(BoundedBuffer.DISCARD);

    private final MacroTable table;

    MacroTranslator(MacroTable table) {
        this.table = table;
    }

    /** macExpandString: expands a whole NUL-terminated text at the top level into {@code out}. */
    void expandString(byte[] text, ExpansionTarget target, BoundedBuffer out) {
        table.beginRound();
        trans(target, 0, TO_END, text, 0, out);
    }

    /**
     * A top-level {@code $(name)} or {@code $(name=default)} whose name and default need no translation (no
     * quotes, escapes or references): refer() without its scans. {@code literalDefault} is null when there is none.
     */
    void referSimple(String name, byte[] literalDefault, ExpansionTarget target, BoundedBuffer out) {
        if (literalDefault != null && table.lookup(name) == null) {
            out.put(literalDefault);
            return;
        }
        resolve(target, 0, name, -1, null, null, out);
    }

    int trans(ExpansionTarget target, int level, String term, byte[] s, int start, BoundedBuffer out) {
        boolean discard = level > 0;
        int quote = 0;
        int r = start;
        for (; !isTerminator(s[r], term); r++) {
            int ch = s[r];
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                    if (discard) {
                        continue;
                    }
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
                if (discard) {
                    continue;
                }
            }
            if (ch == '$' && (s[r + 1] == '(' || s[r + 1] == '{') && quote != '\'') {
                if (level == 0) {
                    target.column = target.columnBase + r + 1;
                }
                r = refer(target, level, s, r, out);
            } else if (ch == '\\' && s[r + 1] != 0) {
                if (!discard) {
                    out.put('\\');
                }
                // macLib steps over the escaped character only when there is room to copy it: in a full buffer
                // (always while scanning a default value) "\$(" still starts a reference
                if (out.hasRoom()) {
                    out.put(s[++r]);
                }
            } else {
                out.put(ch);
            }
        }
        return s[r] == 0 ? r - 1 : r;
    }

    /** Expands the reference starting at {@code s[start] == '$'}; returns the index of its last character. */
    int refer(ExpansionTarget target, int level, byte[] s, int start, BoundedBuffer out) {
        int r = start + 1;
        boolean paren = s[r] == '(';
        String nameEnd = paren ? "=,)" : "=,}";
        String valueEnd = paren ? ",)" : ",}";
        r++;
        BoundedBuffer refName = new BoundedBuffer(VALUE_LIMIT);
        r = trans(target, level + 1, nameEnd, s, r, refName);
        String name = refName.toLatin1();

        int defaultStart = -1;
        if (s[r] == '=') {
            boolean saved = table.suppressed;
            table.suppressed = true;
            defaultStart = ++r;
            // scanned only to find its end (with the side effects of the references in it)
            r = trans(new ExpansionTarget("default value", name), level + 1, valueEnd, s, r, DISCARDING);
            table.suppressed = saved;
        }
        boolean scoped = false;
        if (s[r] == ',') {
            boolean saved = table.suppressed;
            table.suppressed = true;
            ExpansionTarget definitions = new ExpansionTarget("scoped macro", name);
            table.pushScope();
            scoped = true;
            while (s[r] == ',') {
                ++r;
                if (s[r] == 0) {
                    // msi loops for ever on a trailing "$(a," without newline; iocrun stops here
                    r--;
                    break;
                }
                BoundedBuffer subName = new BoundedBuffer(VALUE_LIMIT);
                r = trans(definitions, level + 1, nameEnd, s, r, subName);
                if (s[r] == '=') {
                    ++r;
                    BoundedBuffer subValue = new BoundedBuffer(VALUE_LIMIT);
                    r = trans(definitions, level + 1, valueEnd, s, r, subValue);
                    table.put(subName.toLatin1(), subValue.toLatin1());
                    table.dirty = true;
                }
            }
            table.suppressed = saved;
        }
        resolve(target, level, name, defaultStart, s, valueEnd, out);
        if (scoped) {
            table.popScope();
        }
        return r;
    }

    private void resolve(ExpansionTarget target, int level, String name, int defaultStart, byte[] s,
                         String valueEnd, BoundedBuffer out) {
        MacroEntry ref = table.lookup(name);
        if (ref != null) {
            if (!ref.visited) {
                if (!table.dirty) {
                    expandedValue(ref);
                    out.put(ref.value);
                    target.merge(ref.valueError, ref.valueBad);
                } else {
                    ref.visited = true;
                    trans(target, level + 1, TO_END, ref.raw, 0, out);
                    ref.visited = false;
                }
                return;
            }
            target.fail(name, true);
            leaveReference(name, ",recursive)", out);
        } else if (defaultStart >= 0) {
            trans(target, level + 1, valueEnd, s, defaultStart, out);
        } else {
            target.fail(name, false);
            leaveReference(name, ",undefined)", out);
        }
    }

    private void leaveReference(String name, String warned, BoundedBuffer out) {
        out.put('$');
        out.put('(');
        out.put(name);
        if (table.suppressed) {
            out.put(')');
        } else {
            out.put(warned);
        }
    }

    /**
     * The value macLib's expand() would have computed for this round: the raw value translated with the table
     * dirty (so nested references see current definitions), cut at 256 bytes. Computed on first use, which gives
     * the same result because nothing changes within a round.
     */
    private void expandedValue(MacroEntry entry) {
        if (entry.round == table.round) {
            return;
        }
        boolean savedSuppressed = table.suppressed;
        table.suppressed = table.quiet;
        table.dirty = true;
        ExpansionTarget target = new ExpansionTarget(entry.type, entry.name);
        BoundedBuffer value = new BoundedBuffer(VALUE_LIMIT);
        trans(target, 1, TO_END, entry.raw, 0, value);
        table.dirty = false;
        table.suppressed = savedSuppressed;
        entry.value = value.toArray();
        entry.valueError = target.error;
        entry.valueBad = target.badReferencesArray();
        entry.round = table.round;
    }

    private static boolean isTerminator(byte b, String term) {
        return b == 0 || (b > 0 && term.indexOf(b) >= 0);
    }
}
