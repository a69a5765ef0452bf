package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyText;

import java.io.IOException;
import java.io.Writer;

/** {@code {{ expr }}}: writes Python's {@code str()} of the value. */
public final class OutputNode extends Stmt {

    private final Expr expr;

    public OutputNode(Expr expr, int line) {
        super(line);
        this.expr = expr;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        out.write(PyText.str(expr.eval(ctx)));
    }
}
