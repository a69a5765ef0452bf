package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Attributes;

/** {@code obj.name}: attribute first, then item, as Jinja's {@code environment.getattr}. */
public final class GetAttrExpr extends Expr {

    private final Expr target;
    private final String name;

    public GetAttrExpr(Expr target, String name, int line) {
        super(line);
        this.target = target;
        this.name = name;
    }

    @Override
    public Object eval(RenderContext ctx) {
        return Attributes.getattr(target.eval(ctx), name);
    }
}
