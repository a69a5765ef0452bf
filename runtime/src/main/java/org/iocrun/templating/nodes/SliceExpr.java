package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Attributes;

/** {@code obj[start:stop:step]}; absent bounds are None. */
public final class SliceExpr extends Expr {

    private final Expr target;
    private final Expr start;
    private final Expr stop;
    private final Expr step;

    public SliceExpr(Expr target, Expr start, Expr stop, Expr step, int line) {
        super(line);
        this.target = target;
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object obj = target.eval(ctx);
        return Attributes.slice(obj, value(start, ctx), value(stop, ctx), value(step, ctx));
    }

    private static Object value(Expr e, RenderContext ctx) {
        return e == null ? null : e.eval(ctx);
    }
}
