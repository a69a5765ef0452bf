package org.iocrun.templating.nodes;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A body rendered in its own scope: {@code {% with a=1 %}} (values evaluated in the outer scope, one after the
 * other) and {@code {% block name %}} (no values).
 */
public final class ScopedNode extends Stmt {

    /** One {@code target=value} of a with statement. */
    public record Binding(Target target, Expr value) {
    }

    private final List<Binding> bindings;
    private final Body body;
    private final UnboundNames unbound;

    public ScopedNode(List<Binding> bindings, Body body, UnboundNames unbound, int line) {
        super(line);
        this.bindings = List.copyOf(bindings);
        this.body = body;
        this.unbound = unbound;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        Object[] values = new Object[bindings.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = bindings.get(i).value().eval(ctx);
        }
        ctx.pushScope();
        try {
            ctx.unbind(unbound);
            for (int i = 0; i < values.length; i++) {
                bindings.get(i).target().assign(ctx, values[i]);
            }
            body.render(out, ctx);
        } finally {
            ctx.popScope();
        }
    }
}
