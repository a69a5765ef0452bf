package org.iocrun.templating.nodes;

/** A variable reference; an unknown name evaluates to a strict undefined value naming it. */
public final class NameExpr extends Expr {

    private final String name;

    public NameExpr(String name, int line) {
        super(line);
        this.name = name;
    }

    public String name() {
        return name;
    }

    @Override
    public Object eval(RenderContext ctx) {
        return ctx.lookup(name);
    }
}
