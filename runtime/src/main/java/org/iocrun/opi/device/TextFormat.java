package org.iocrun.opi.device;

import java.util.Optional;

/** Display format of text widgets, with the Phoebus {@code <format>} code pvi writes for it. */
public enum TextFormat {
    DECIMAL("decimal", 0, "1"),
    HEXADECIMAL("hexadecimal", 1, "4"),
    ENGINEER("engineer", 2, "3"),
    EXPONENTIAL("exponential", 3, "2"),
    STRING("string", 4, "6");

    private final String yamlName;
    private final int yamlNumber;
    private final String phoebusCode;

    TextFormat(String yamlName, int yamlNumber, String phoebusCode) {
        this.yamlName = yamlName;
        this.yamlNumber = yamlNumber;
        this.phoebusCode = phoebusCode;
    }

    public String phoebusCode() {
        return phoebusCode;
    }

    /** The format a device file names, by its name ({@code string}) or its enum number ({@code 4}). */
    public static Optional<TextFormat> fromYaml(Object value) {
        for (TextFormat f : values()) {
            if (f.yamlName.equals(value) || (value instanceof Long n && n == f.yamlNumber)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public static String allowedNames() {
        return "decimal, hexadecimal, engineer, exponential or string";
    }
}
