package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyTuple;

import java.util.ArrayList;
import java.util.List;

/** A tuple {@code (a, b)} or {@code a, b}. */
public final class TupleExpr extends Expr {

    private final List<Expr> items;

    public TupleExpr(List<Expr> items, int line) {
        super(line);
        this.items = List.copyOf(items);
    }

    public List<Expr> items() {
        return items;
    }

    @Override
    public Object eval(RenderContext ctx) {
        List<Object> out = new ArrayList<>(items.size());
        for (Expr item : items) {
            out.add(item.eval(ctx));
        }
        return new PyTuple(out);
    }
}
