package org.iocrun.templating.nodes;

import org.iocrun.templating.python.TemplateFailure;

import java.io.Writer;

/**
 * {@code include}, {@code import}, {@code from} and {@code extends}: ibek renders each template on its own, with no
 * loader, so Jinja fails these when they run; so do we.
 */
public final class NoLoaderNode extends Stmt {

    private final Expr template;

    public NoLoaderNode(Expr template, int line) {
        super(line);
        this.template = template;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) {
        template.eval(ctx);
        throw TemplateFailure.type("no loader for this environment specified");
    }
}
