package org.iocrun.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The nine parameter types of ibek's support format (ibek-behaviour §2.3 parameter types), also used for define types
 * (str, int, float, bool, list). The name is the YAML spelling of the {@code type:} key.
 */
public enum ParamType {
    STR("str", "a string"),
    INT("int", "an integer"),
    FLOAT("float", "a float"),
    BOOL("bool", "a boolean"),
    ENUM("enum", "one of the enum's keys"),
    ID("id", "a string (the entity's id)"),
    OBJECT("object", "the id of an earlier entity"),
    LIST("list", "a list"),
    DICT("dict", "a mapping");

    private final String yamlName;
    private final String expectation;

    ParamType(String yamlName, String expectation) {
        this.yamlName = yamlName;
        this.expectation = expectation;
    }

    public String yamlName() {
        return yamlName;
    }

    /** What a value of this type looks like, for "expected ..." messages. */
    public String expectation() {
        return expectation;
    }

    /**
     * True for the types whose values may also be a Jinja template string that renders to the type
     * (ibek's {@code Union[Annotated[str, pattern=JINJA], T]}), and that ibek coerces after rendering.
     */
    public boolean acceptsJinjaString() {
        return switch (this) {
            case INT, FLOAT, BOOL, LIST, DICT -> true;
            default -> false;
        };
    }

    /** The types a define may declare (ibek-behaviour §2.4 defines). */
    public boolean isDefineType() {
        return switch (this) {
            case STR, INT, FLOAT, BOOL, LIST -> true;
            default -> false;
        };
    }

    public static Optional<ParamType> fromYaml(String name) {
        for (ParamType t : values()) {
            if (t.yamlName.equals(name)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return yamlName.toLowerCase(Locale.ROOT);
    }
}
