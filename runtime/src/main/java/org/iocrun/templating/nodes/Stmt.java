package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import org.iocrun.templating.python.TemplateFailure;

import java.io.IOException;
import java.io.Writer;

/** A Jinja statement node rendered through Pebble's {@link RenderableNode}; failures get its template line. */
public abstract class Stmt implements RenderableNode {

    private final int line;

    protected Stmt(int line) {
        this.line = line;
    }

    protected abstract void run(Writer out, RenderContext ctx) throws IOException;

    @Override
    public final void render(PebbleTemplateImpl self, Writer writer, EvaluationContextImpl context) throws IOException {
        try {
            RenderContext ctx = (RenderContext) context;
            ctx.checkTime();
            run(writer, ctx);
        } catch (TemplateFailure failure) {
            throw failure.atLine(line);
        }
    }

    public int line() {
        return line;
    }

    @Override
    public void accept(NodeVisitor visitor) {
        visitor.visit(this);
    }
}
