package org.iocrun.yaml;

/**
 * YAML's {@code [0-9]}: the scalar patterns of the YAML 1.2 resolver and of timestamps match ASCII digits only,
 * where {@link Character#isDigit} also takes other scripts' digits (a plain scalar {@code ١٢} stays a string).
 */
final class AsciiDigits {

    private AsciiDigits() {
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
