package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyDicts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A dict literal {@code {k: v}}: insertion-ordered, a new dict on every evaluation. */
public final class DictExpr extends Expr {

    /** One {@code key: value} pair. */
    public record Pair(Expr key, Expr value) {
    }

    private final List<Pair> pairs;

    public DictExpr(List<Pair> pairs, int line) {
        super(line);
        this.pairs = List.copyOf(pairs);
    }

    @Override
    public Object eval(RenderContext ctx) {
        Map<Object, Object> out = new LinkedHashMap<>();
        for (Pair pair : pairs) {
            Object key = pair.key().eval(ctx);
            PyDicts.put(out, key, pair.value().eval(ctx));
        }
        return out;
    }
}
