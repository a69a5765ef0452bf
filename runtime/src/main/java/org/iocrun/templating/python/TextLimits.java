package org.iocrun.templating.python;

/**
 * Caps on what one template operation may build (padding widths, precisions, repetition, ranges), so a
 * template cannot stall or exhaust memory inside a single expression, where the render deadline is never
 * checked. Python has no such caps; ibek's templates stay many orders of magnitude below them.
 */
public final class TextLimits {

    /**
     * Characters (or items) one string or list operation may produce: a quarter of a render's default output
     * limit, so that a few such strings (their repr, a tuple of them) stay fast to build and to refuse.
     */
    public static final int MAX_CHARS = 1 << 20;
    /** Items of a {@code range()}; a loop over more is a runaway, and {@code |list} would hold them all. */
    public static final long MAX_RANGE_ITEMS = 1_000_000;

    private TextLimits() {
    }

    /** A width or precision, refused with a clear error when over the cap. */
    public static int width(long requested, String what) {
        if (requested > MAX_CHARS) {
            throw TemplateFailure.value(what + " " + requested + " is larger than the limit of " + MAX_CHARS);
        }
        return (int) requested;
    }

    /** Decimal digits of a format spec as a width or precision, without overflowing on absurd lengths. */
    public static int parseWidth(CharSequence digits, String what) {
        long value = 0;
        for (int i = 0; i < digits.length(); i++) {
            value = value * 10 + (digits.charAt(i) - '0');
            if (value > MAX_CHARS) {
                throw TemplateFailure.value(what + " " + digits + " is larger than the limit of " + MAX_CHARS);
            }
        }
        return (int) value;
    }

    public static void checkRange(long items) {
        if (items > MAX_RANGE_ITEMS) {
            throw TemplateFailure.value("range() of " + items + " items is larger than the limit of " + MAX_RANGE_ITEMS);
        }
    }
}
