package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyCompare;

import java.util.List;

/** A comparison chain {@code a < b <= c}: pairwise, each operand evaluated once, stopping at the first false. */
public final class CompareExpr extends Expr {

    /** The comparison operators, including membership. */
    public enum Op { EQ, NE, LT, LE, GT, GE, IN, NOT_IN }

    /** One {@code <op> operand} step of the chain. */
    public record Step(Op op, Expr operand) {
    }

    private final Expr first;
    private final List<Step> steps;

    public CompareExpr(Expr first, List<Step> steps, int line) {
        super(line);
        this.first = first;
        this.steps = List.copyOf(steps);
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object left = first.eval(ctx);
        for (Step step : steps) {
            Object right = step.operand().eval(ctx);
            if (!holds(step.op(), left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    static boolean holds(Op op, Object a, Object b) {
        return switch (op) {
            case EQ -> PyCompare.eq(a, b);
            case NE -> !PyCompare.eq(a, b);
            case LT -> PyCompare.order(PyCompare.Order.LT, a, b);
            case LE -> PyCompare.order(PyCompare.Order.LE, a, b);
            case GT -> PyCompare.order(PyCompare.Order.GT, a, b);
            case GE -> PyCompare.order(PyCompare.Order.GE, a, b);
            case IN -> PyCompare.contains(b, a);
            case NOT_IN -> !PyCompare.contains(b, a);
        };
    }
}
