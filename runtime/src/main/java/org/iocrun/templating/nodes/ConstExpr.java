package org.iocrun.templating.nodes;

/** A literal: number, string, boolean or None. */
public final class ConstExpr extends Expr {

    private final Object value;

    public ConstExpr(Object value, int line) {
        super(line);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public Object eval(RenderContext ctx) {
        return value;
    }
}
