package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyProtocols;

/** {@code a and b} / {@code a or b}: short-circuit, returning an operand as Python does. */
public final class LogicalExpr extends Expr {

    private final boolean isAnd;
    private final Expr left;
    private final Expr right;

    public LogicalExpr(boolean isAnd, Expr left, Expr right, int line) {
        super(line);
        this.isAnd = isAnd;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object a = left.eval(ctx);
        boolean truth = PyProtocols.truthy(a);
        if (isAnd ? !truth : truth) {
            return a;
        }
        return right.eval(ctx);
    }
}
