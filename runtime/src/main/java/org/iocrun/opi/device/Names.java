package org.iocrun.opi.device;

import java.util.regex.Pattern;

/** pvi's name conversions, with its quirks kept so labels match screens drawn by pvi. */
public final class Names {

    /**
     * pvi's PASCAL_CASE_REGEX, {@code (?<![A-Z])[A-Z]|[A-Z][a-z/d]|(?<=[a-z])\d}. The class [a-z/d] is a typo for
     * [a-z\d] upstream; it is kept because it decides where spaces go ("NDROIStat8" -> "NDROI Stat 8").
     * {@link #titleCase} applies it by hand: it runs for every label of every screen, and the regex (lookbehinds,
     * a replacement function) was a measurable part of a cold start. NamesTest holds the regex as the oracle.
     */
    private static final Pattern PASCAL_NAME = Pattern.compile("^([A-Z][a-z0-9]*)*$");

    private Names() {
    }

    /**
     * "PascalCaseName" -> "Pascal Case Name": a space before every match of pvi's regex, then the first
     * character dropped (as pvi does, space or not). Every match is a capital or a digit and the second character
     * of a two-character match never starts one, so a space goes before each character where a match could start.
     */
    public static String titleCase(String pascal) {
        StringBuilder spaced = new StringBuilder(pascal.length() + 8);
        for (int i = 0; i < pascal.length(); i++) {
            if (startsWord(pascal, i)) {
                spaced.append(' ');
            }
            spaced.append(pascal.charAt(i));
        }
        return spaced.isEmpty() ? "" : spaced.substring(1);
    }

    private static boolean startsWord(String s, int i) {
        char c = s.charAt(i);
        if (isUpper(c)) {
            boolean afterNonCapital = i == 0 || !isUpper(s.charAt(i - 1));
            boolean beforeLower = i + 1 < s.length() && (isLower(s.charAt(i + 1)) || s.charAt(i + 1) == '/');
            return afterNonCapital || beforeLower;
        }
        return c >= '0' && c <= '9' && i > 0 && isLower(s.charAt(i - 1));
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** True for names pvi accepts: runs of a capital followed by lower-case letters or digits. */
    public static boolean isPascalCase(String name) {
        return PASCAL_NAME.matcher(name).matches();
    }
}
