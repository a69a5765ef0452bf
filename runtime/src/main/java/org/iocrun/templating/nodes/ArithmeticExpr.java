package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyOps;

/** A binary arithmetic operator with Python semantics ({@code %} on a string formats). */
public final class ArithmeticExpr extends Expr {

    /** The operators of Jinja's math rules. */
    public enum Op { ADD, SUB, MUL, DIV, FLOORDIV, MOD, POW }

    private final Op op;
    private final Expr left;
    private final Expr right;

    public ArithmeticExpr(Op op, Expr left, Expr right, int line) {
        super(line);
        this.op = op;
        this.left = left;
        this.right = right;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object a = left.eval(ctx);
        Object b = right.eval(ctx);
        return switch (op) {
            case ADD -> PyOps.add(a, b);
            case SUB -> PyOps.subtract(a, b);
            case MUL -> PyOps.multiply(a, b);
            case DIV -> PyOps.trueDivide(a, b);
            case FLOORDIV -> PyOps.floorDivide(a, b);
            case MOD -> PyOps.modulo(a, b);
            case POW -> PyOps.power(a, b);
        };
    }
}
