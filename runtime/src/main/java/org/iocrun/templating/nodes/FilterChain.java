package org.iocrun.templating.nodes;

import java.util.List;

/** The filters of {@code {% filter a | b %}} and {@code {% set x | a %}}, applied in order to rendered text. */
public record FilterChain(List<FilterExpr> filters) {

    public FilterChain {
        filters = List.copyOf(filters);
    }

    public Object apply(Object value, RenderContext ctx) {
        Object result = value;
        for (FilterExpr f : filters) {
            result = f.apply(result, ctx);
        }
        return result;
    }
}
