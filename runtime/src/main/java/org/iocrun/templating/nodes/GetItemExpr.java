package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Attributes;

/** {@code obj[key]}: item first, then attribute for string keys, as Jinja's {@code environment.getitem}. */
public final class GetItemExpr extends Expr {

    private final Expr target;
    private final Expr key;

    public GetItemExpr(Expr target, Expr key, int line) {
        super(line);
        this.target = target;
        this.key = key;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object obj = target.eval(ctx);
        return Attributes.getitem(obj, key.eval(ctx));
    }
}
