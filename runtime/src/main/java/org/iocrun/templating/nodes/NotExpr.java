package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyProtocols;

/** {@code not x}. */
public final class NotExpr extends Expr {

    private final Expr operand;

    public NotExpr(Expr operand, int line) {
        super(line);
        this.operand = operand;
    }

    @Override
    public Object eval(RenderContext ctx) {
        return !PyProtocols.truthy(operand.eval(ctx));
    }
}
