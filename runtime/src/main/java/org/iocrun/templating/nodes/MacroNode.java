package org.iocrun.templating.nodes;

import java.io.Writer;

/** {@code {% macro name(params) %}body{% endmacro %}}: defines the macro in the current scope. */
public final class MacroNode extends Stmt {

    private final Macro.Signature signature;
    private final Body body;

    public MacroNode(String name, java.util.List<String> parameters, java.util.List<Expr> defaults,
                     boolean catchVarargs, boolean catchKwargs, boolean usesCaller, Body body, UnboundNames unbound,
                     int line) {
        super(line);
        this.signature = new Macro.Signature(name, parameters, defaults, catchVarargs, catchKwargs, usesCaller,
                unbound);
        this.body = body;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) {
        ctx.assign(signature.name(), new Macro(signature, body, ctx.scopes()));
    }
}
