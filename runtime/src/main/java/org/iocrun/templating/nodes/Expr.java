package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

/** A Jinja expression node, evaluated through Pebble's {@link Expression} interface with Python semantics. */
public abstract class Expr implements Expression<Object> {

    private final int line;

    protected Expr(int line) {
        this.line = line;
    }

    /** Evaluates with the render's names; failures are {@link org.iocrun.templating.python.TemplateFailure}s. */
    public abstract Object eval(RenderContext ctx);

    @Override
    public final Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        return eval((RenderContext) context);
    }

    @Override
    public final int getLineNumber() {
        return line;
    }

    @Override
    public void accept(NodeVisitor visitor) {
        visitor.visit(this);
    }
}
