package org.iocrun.templating.syntax;

/** Jinja's token types, each with the description Jinja uses in syntax error messages. */
public enum TokenType {
    DATA("template data / text"),
    VARIABLE_BEGIN("begin of print statement"),
    VARIABLE_END("end of print statement"),
    BLOCK_BEGIN("begin of statement block"),
    BLOCK_END("end of statement block"),
    NAME("name"),
    STRING("string"),
    INTEGER("integer"),
    FLOAT("float"),
    ADD("+"), SUB("-"), DIV("/"), FLOORDIV("//"), MUL("*"), MOD("%"), POW("**"), TILDE("~"),
    LBRACKET("["), RBRACKET("]"), LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"),
    EQ("=="), NE("!="), GT(">"), GTEQ(">="), LT("<"), LTEQ("<="),
    ASSIGN("="), DOT("."), COLON(":"), PIPE("|"), COMMA(","), SEMICOLON(";"),
    EOF("end of template");

    private final String description;

    TokenType(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
