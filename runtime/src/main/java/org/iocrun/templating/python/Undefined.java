package org.iocrun.templating.python;

/**
 * Jinja's undefined value. Strict undefined values (all but one kind) fail on any use except {@code is defined},
 * {@code |default} and being stored; the lenient kind, produced by {@code a if c} without {@code else}, prints as
 * nothing and is falsy but still fails in arithmetic and attribute access.
 *
 * @param hint   a fixed message, or null to derive one from owner and name
 * @param owner  the object whose attribute or item was missing, {@link #NO_OWNER} for a missing name
 * @param name   the missing name, attribute (a String) or item key
 * @param strict whether printing, truth testing and iteration fail
 */
public record Undefined(String hint, Object owner, Object name, boolean strict) {

    /** Marks an undefined top-level name (owner is absent, not None). */
    public static final Object NO_OWNER = new Object() {
        @Override
        public String toString() {
            return "missing";
        }
    };

    public static Undefined name(String name) {
        return new Undefined(null, NO_OWNER, name, true);
    }

    public static Undefined member(Object owner, Object name) {
        return new Undefined(null, owner, name, true);
    }

    public static Undefined withHint(String hint) {
        return new Undefined(hint, NO_OWNER, null, true);
    }

    public static Undefined lenient(String hint) {
        return new Undefined(hint, NO_OWNER, null, false);
    }

    /** Jinja's {@code Undefined._undefined_message}. */
    public String message() {
        if (hint != null) {
            return hint;
        }
        if (owner == NO_OWNER) {
            return PyText.repr(name) + " is undefined";
        }
        if (!(name instanceof String)) {
            return PyTypes.objectTypeRepr(owner) + " has no element " + PyText.repr(name);
        }
        return PyText.repr(PyTypes.objectTypeRepr(owner)) + " has no attribute " + PyText.repr(name);
    }

    public TemplateFailure failure() {
        return TemplateFailure.undefined(message());
    }
}
