package org.iocrun.templating.nodes;

import java.util.ArrayList;
import java.util.List;

/** A list literal {@code [a, b]}: a new mutable list on every evaluation. */
public final class ListExpr extends Expr {

    private final List<Expr> items;

    public ListExpr(List<Expr> items, int line) {
        super(line);
        this.items = List.copyOf(items);
    }

    @Override
    public Object eval(RenderContext ctx) {
        List<Object> out = new ArrayList<>(items.size());
        for (Expr item : items) {
            out.add(item.eval(ctx));
        }
        return out;
    }
}
