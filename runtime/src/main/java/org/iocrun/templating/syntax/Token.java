package org.iocrun.templating.syntax;

/**
 * One token of a template.
 *
 * @param text  the name, operator or data text; the decoded value for strings
 * @param value the literal value of integer and float tokens (Long, BigInteger or Double)
 * @param line  the 1-based template line the token starts on
 */
public record Token(TokenType type, String text, Object value, int line) {

    /** Whether this is the name token {@code name} (Jinja's {@code token.test("name:xyz")}). */
    public boolean isName(String name) {
        return type == TokenType.NAME && text.equals(name);
    }

    /** Jinja's {@code describe_token}: a name describes as itself, anything else by its type. */
    public String describe() {
        return type == TokenType.NAME ? text : type.description();
    }
}
