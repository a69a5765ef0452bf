package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import org.iocrun.templating.builtins.Globals;

import java.io.IOException;
import java.io.Writer;

/**
 * The root of a compiled template. Pebble calls it with a context that also holds Pebble's own globals
 * ({@code template}, {@code _context}); it renders the body in a {@link RenderContext} holding only Jinja's names.
 */
public final class RootNode implements RenderableNode {

    private final Body body;

    public RootNode(Body body) {
        this.body = body;
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
        RenderRequest request = (RenderRequest) context.getScopeChain().get(RenderRequest.KEY);
        RenderContext ctx = RenderContext.start(context, self, Globals.NAMES, request.context(), request.snapshot(),
                request.globals());
        body.render(writer, ctx);
    }

    @Override
    public void accept(NodeVisitor visitor) {
        visitor.visit(this);
    }
}
