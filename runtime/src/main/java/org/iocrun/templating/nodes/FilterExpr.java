package org.iocrun.templating.nodes;

import org.iocrun.templating.builtins.JinjaFilter;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.templating.python.TemplateFailure;

/**
 * {@code value | name(args)}. An unknown filter is kept (with a null filter) only where Jinja defers the check
 * to render time; reaching it fails as Jinja's {@code TemplateRuntimeError} does.
 */
public final class FilterExpr extends Expr {

    private final Expr input;
    private final String name;
    private final JinjaFilter filter;
    private final CallArgs args;

    public FilterExpr(Expr input, String name, JinjaFilter filter, CallArgs args, int line) {
        super(line);
        this.input = input;
        this.name = name;
        this.filter = filter;
        this.args = args;
    }

    /** The filtered expression; null in a filter chain of a block. */
    public Expr input() {
        return input;
    }

    @Override
    public Object eval(RenderContext ctx) {
        return apply(input.eval(ctx), ctx);
    }

    /** Applies the filter to an already computed value (filter blocks and {@code {% set %}} blocks). */
    public Object apply(Object value, RenderContext ctx) {
        if (filter == null) {
            throw new TemplateFailure(TemplateError.Kind.SYNTAX, "No filter named '" + name + "' found.");
        }
        return filter.apply(value, args.evaluate(ctx), ctx);
    }
}
