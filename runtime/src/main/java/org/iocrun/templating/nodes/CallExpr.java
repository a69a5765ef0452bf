package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Methods;

/** {@code callee(args)}: methods of values, global functions, macros, {@code loop(...)}. */
public final class CallExpr extends Expr {

    private final Expr callee;
    private final CallArgs args;

    public CallExpr(Expr callee, CallArgs args, int line) {
        super(line);
        this.callee = callee;
        this.args = args;
    }

    public Expr callee() {
        return callee;
    }

    public CallArgs args() {
        return args;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object function = callee.eval(ctx);
        return Methods.callValue(function, args.evaluate(ctx), ctx);
    }
}
