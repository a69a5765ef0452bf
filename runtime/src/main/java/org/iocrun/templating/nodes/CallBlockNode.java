package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.Methods;
import org.iocrun.templating.python.PyText;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code {% call(params) macro(args) %}body{% endcall %}}: calls the macro with the body as {@code caller}. */
public final class CallBlockNode extends Stmt {

    private final Expr callee;
    private final CallArgs args;
    private final Macro.Signature callerSignature;
    private final Body body;

    public CallBlockNode(Expr callee, CallArgs args, List<String> parameters, List<Expr> defaults,
                         boolean catchVarargs, boolean catchKwargs, Body body, UnboundNames unbound, int line) {
        super(line);
        this.callee = callee;
        this.args = args;
        this.callerSignature = new Macro.Signature(null, parameters, defaults, catchVarargs, catchKwargs, false,
                unbound);
        this.body = body;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        Object function = callee.eval(ctx);
        Args values = args.evaluate(ctx);
        Map<String, Object> keywords = new LinkedHashMap<>(values.keywords());
        keywords.put("caller", new Macro(callerSignature, body, ctx.scopes()));
        Object result = Methods.callValue(function, new Args(values.positional(), keywords), ctx);
        out.write(PyText.str(result));
    }
}
