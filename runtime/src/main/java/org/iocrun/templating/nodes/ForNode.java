package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyProtocols;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code {% for target in iterable [if filter] [recursive] %}...{% else %}...{% endfor %}}. Each iteration runs in
 * a fresh scope, so assignments in the body never leak out and every iteration starts from the outer values.
 */
public final class ForNode extends Stmt {

    private final Target target;
    private final Expr iterable;
    private final Expr filter;
    private final boolean recursive;
    private final Body body;
    private final Body otherwise;

    public ForNode(Target target, Expr iterable, Expr filter, boolean recursive, Body body, Body otherwise, int line) {
        super(line);
        this.target = target;
        this.iterable = iterable;
        this.filter = filter;
        this.recursive = recursive;
        this.body = body;
        this.otherwise = otherwise;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        loop(out, ctx, iterable.eval(ctx), 0);
    }

    String renderNested(RenderContext ctx, Object items, int depth) {
        StringWriter out = new StringWriter();
        ctx.enter();
        try {
            loop(out, ctx, items, depth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ctx.leave();
        }
        return out.toString();
    }

    private void loop(Writer out, RenderContext ctx, Object source, int depth) throws IOException {
        List<Object> items = selected(ctx, PyProtocols.toList(source));
        if (items.isEmpty()) {
            ctx.pushScope();
            try {
                otherwise.render(out, ctx);
            } finally {
                ctx.popScope();
            }
            return;
        }
        LoopContext loop = new LoopContext(items, depth, recursive ? this : null);
        for (int i = 0; i < items.size(); i++) {
            ctx.pushScope();
            try {
                target.assign(ctx, items.get(i));
                loop.moveTo(i);
                ctx.assign("loop", loop);
                body.render(out, ctx);
            } finally {
                ctx.popScope();
            }
        }
    }

    /** The items the loop filter ({@code for x in y if cond}) keeps, tested with the target assigned. */
    private List<Object> selected(RenderContext ctx, List<Object> items) {
        if (filter == null) {
            return items;
        }
        List<Object> kept = new ArrayList<>();
        for (Object item : items) {
            ctx.pushScope();
            try {
                target.assign(ctx, item);
                if (PyProtocols.truthy(filter.eval(ctx))) {
                    kept.add(item);
                }
            } finally {
                ctx.popScope();
            }
        }
        return kept;
    }
}
