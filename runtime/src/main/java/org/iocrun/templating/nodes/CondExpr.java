package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.Undefined;

/**
 * {@code a if c else b}; without {@code else} a false condition gives Jinja's lenient undefined value, which
 * prints as nothing but fails when used in arithmetic.
 */
public final class CondExpr extends Expr {

    private final Expr test;
    private final Expr then;
    private final Expr otherwise;

    public CondExpr(Expr test, Expr then, Expr otherwise, int line) {
        super(line);
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override
    public Object eval(RenderContext ctx) {
        if (PyProtocols.truthy(test.eval(ctx))) {
            return then.eval(ctx);
        }
        if (otherwise != null) {
            return otherwise.eval(ctx);
        }
        return Undefined.lenient("the inline if-expression on line " + getLineNumber()
                + " evaluated to false and no else section was defined.");
    }
}
