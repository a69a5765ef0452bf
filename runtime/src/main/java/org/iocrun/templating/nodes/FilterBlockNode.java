package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyText;

import java.io.IOException;
import java.io.Writer;

/** {@code {% filter upper %}body{% endfilter %}}: renders the body and writes it filtered. */
public final class FilterBlockNode extends Stmt {

    private final FilterChain filters;
    private final Body body;
    private final UnboundNames unbound;

    public FilterBlockNode(FilterChain filters, Body body, UnboundNames unbound, int line) {
        super(line);
        this.filters = filters;
        this.body = body;
        this.unbound = unbound;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        ctx.pushScope();
        String text;
        try {
            ctx.unbind(unbound);
            text = body.capture(ctx);
        } finally {
            ctx.popScope();
        }
        out.write(PyText.str(filters.apply(text, ctx)));
    }
}
