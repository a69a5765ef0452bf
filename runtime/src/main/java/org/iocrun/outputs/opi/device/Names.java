package org.iocrun.outputs.opi.device;

import java.util.regex.Pattern;

/** pvi's name conversions, with its quirks kept so labels match screens drawn by pvi. */
public final class Names {

    /*
     * pvi's PASCAL_CASE_REGEX. The class [a-z/d] is a typo for [a-z\d] upstream; it is kept because it decides
     * where spaces go ("NDROIStat8" -> "NDROI Stat 8").
     */
    private static final Pattern WORD_START = Pattern.compile("(?<![A-Z])[A-Z]|[A-Z][a-z/d]|(?<=[a-z])\\d");
    private static final Pattern PASCAL_NAME = Pattern.compile("^([A-Z][a-z0-9]*)*$");

    private Names() {
    }

    /** "PascalCaseName" -> "Pascal Case Name". */
    public static String titleCase(String pascal) {
        String spaced = WORD_START.matcher(pascal).replaceAll(m -> " " + m.group());
        return spaced.isEmpty() ? spaced : spaced.substring(1);
    }

    /** True for names pvi accepts: runs of a capital followed by lower-case letters or digits. */
    public static boolean isPascalCase(String name) {
        return PASCAL_NAME.matcher(name).matches();
    }
}
