package org.iocrun.testing;

/**
 * Comparison of generated text with ibek's goldens: the banner lines (st.cmd line 1, ioc.subst lines 1-3) name
 * the generator and are the only lines allowed to differ (shared/README.md).
 */
public final class GoldenText {

    private GoldenText() {
    }

    /** The text without its first {@code lines} lines. */
    public static String withoutBanner(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines; i++) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                return "";
            }
            at = nl + 1;
        }
        return text.substring(at);
    }

    public static int bannerLines(String fileName) {
        return switch (fileName) {
            case "st.cmd" -> 1;
            case "ioc.subst" -> 3;
            default -> 0;
        };
    }
}
