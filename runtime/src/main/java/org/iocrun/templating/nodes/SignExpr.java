package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyOps;

/** Unary {@code -x} or {@code +x}. */
public final class SignExpr extends Expr {

    private final boolean negate;
    private final Expr operand;

    public SignExpr(boolean negate, Expr operand, int line) {
        super(line);
        this.negate = negate;
        this.operand = operand;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object v = operand.eval(ctx);
        return negate ? PyOps.negate(v) : PyOps.plus(v);
    }
}
