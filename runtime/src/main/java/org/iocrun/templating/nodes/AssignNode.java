package org.iocrun.templating.nodes;

import java.io.Writer;

/** {@code {% set target = expr %}}. */
public final class AssignNode extends Stmt {

    private final Target target;
    private final Expr value;

    public AssignNode(Target target, Expr value, int line) {
        super(line);
        this.target = target;
        this.value = value;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) {
        target.assign(ctx, value.eval(ctx));
    }
}
