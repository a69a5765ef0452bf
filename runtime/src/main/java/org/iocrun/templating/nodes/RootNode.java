package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.io.IOException;
import java.io.Writer;

/** The root of a compiled template: its body, rendered in a {@link RenderContext}. */
public final class RootNode implements RenderableNode {

    private final Body body;
    private final UnboundNames unbound;

    public RootNode(Body body, UnboundNames unbound) {
        this.body = body;
        this.unbound = unbound;
    }

    public Body body() {
        return body;
    }

    /** The names the template's own frame starts without. */
    public UnboundNames unbound() {
        return unbound;
    }

    @Override
    public void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
        body.render(writer, (RenderContext) context);
    }

    @Override
    public void accept(NodeVisitor visitor) {
        visitor.visit(this);
    }
}
