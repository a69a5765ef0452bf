package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyText;

import java.util.List;

/** {@code a ~ b ~ c}: the {@code str()} of each operand joined. */
public final class ConcatExpr extends Expr {

    private final List<Expr> parts;

    public ConcatExpr(List<Expr> parts, int line) {
        super(line);
        this.parts = List.copyOf(parts);
    }

    @Override
    public Object eval(RenderContext ctx) {
        StringBuilder out = new StringBuilder();
        for (Expr part : parts) {
            out.append(PyText.str(part.eval(ctx)));
            ctx.checkSize(out.length());
        }
        return out.toString();
    }
}
