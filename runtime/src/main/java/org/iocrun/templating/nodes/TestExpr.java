package org.iocrun.templating.nodes;

import org.iocrun.templating.builtins.JinjaTest;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.templating.python.TemplateFailure;

/** {@code value is name(args)}; negation ({@code is not}) is a {@link NotExpr} around it, as in Jinja. */
public final class TestExpr extends Expr {

    private final Expr input;
    private final String name;
    private final JinjaTest test;
    private final CallArgs args;

    public TestExpr(Expr input, String name, JinjaTest test, CallArgs args, int line) {
        super(line);
        this.input = input;
        this.name = name;
        this.test = test;
        this.args = args;
    }

    @Override
    public Object eval(RenderContext ctx) {
        Object value = input.eval(ctx);
        if (test == null) {
            throw new TemplateFailure(TemplateError.Kind.SYNTAX, "No test named '" + name + "' found.");
        }
        return test.test(value, args.evaluate(ctx), ctx);
    }
}
