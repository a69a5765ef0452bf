package org.iocrun.templating.nodes;

import java.io.Writer;

/** {@code {% set target | filters %}body{% endset %}}: assigns the rendered body, filtered. */
public final class AssignBlockNode extends Stmt {

    private final Target target;
    private final FilterChain filters;
    private final Body body;
    private final UnboundNames unbound;

    public AssignBlockNode(Target target, FilterChain filters, Body body, UnboundNames unbound, int line) {
        super(line);
        this.target = target;
        this.filters = filters;
        this.body = body;
        this.unbound = unbound;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) {
        ctx.pushScope();
        String text;
        try {
            ctx.unbind(unbound);
            text = body.capture(ctx);
        } finally {
            ctx.popScope();
        }
        target.assign(ctx, filters.apply(text, ctx));
    }
}
