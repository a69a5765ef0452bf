package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyIterator;
import org.iocrun.templating.python.PyProtocols;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Iterator;
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
    private final UnboundNames bodyUnbound;
    private final UnboundNames otherwiseUnbound;

    public ForNode(Target target, Expr iterable, Expr filter, boolean recursive, Body body, Body otherwise,
                   UnboundNames bodyUnbound, UnboundNames otherwiseUnbound, int line) {
        super(line);
        this.target = target;
        this.iterable = iterable;
        this.filter = filter;
        this.recursive = recursive;
        this.body = body;
        this.otherwise = otherwise;
        this.bodyUnbound = bodyUnbound;
        this.otherwiseUnbound = otherwiseUnbound;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        loop(out, ctx, iterable.eval(ctx), 0);
    }

    /**
     * {@code loop(children)}: the body over the children, one level deeper. Jinja compiles a recursive loop to a
     * function defined where the loop is, so the nested iterations see the loop's surroundings ({@code home}),
     * not the variables of the iteration that called {@code loop}.
     */
    String renderNested(RenderContext ctx, Scopes home, Object items, int depth) {
        StringWriter out = new StringWriter();
        ctx.enter();
        Scopes caller = ctx.replaceScopes(home);
        try {
            loop(out, ctx, items, depth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ctx.replaceScopes(caller);
            ctx.leave();
        }
        return out.toString();
    }

    private void loop(Writer out, RenderContext ctx, Object source, int depth) throws IOException {
        Iterator<Object> items = filter == null ? live(source) : new Selected(ctx, live(source));
        LoopContext loop = new LoopContext(filter == null && hasLength(source) ? source : null, items, depth,
                recursive ? this : null, ctx.scopes());
        if (!loop.hasNext()) {
            ctx.pushScope();
            try {
                ctx.unbind(otherwiseUnbound);
                otherwise.render(out, ctx);
            } finally {
                ctx.popScope();
            }
            return;
        }
        while (loop.hasNext()) {
            ctx.checkTime();
            Object item = loop.advance();
            ctx.pushScope();
            try {
                // Jinja enters the loop's frame at every iteration
                ctx.unbind(bodyUnbound);
                target.assign(ctx, item);
                ctx.assign("loop", loop);
                body.render(out, ctx);
            } finally {
                ctx.popScope();
            }
        }
    }

    private static boolean hasLength(Object source) {
        return !(source instanceof PyIterator);
    }

    /** Python's iteration: a list is read by index, so items appended during the loop are reached too. */
    private static Iterator<Object> live(Object source) {
        if (source instanceof List<?> list) {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < list.size();
                }

                @Override
                public Object next() {
                    return list.get(next++);
                }
            };
        }
        return PyProtocols.iterator(source);
    }

    /** The items the loop filter ({@code for x in y if cond}) keeps, tested with the target assigned. */
    private final class Selected implements Iterator<Object> {
        private final RenderContext ctx;
        private final Iterator<Object> items;
        private Object next;
        private boolean ready;

        Selected(RenderContext ctx, Iterator<Object> items) {
            this.ctx = ctx;
            this.items = items;
        }

        @Override
        public boolean hasNext() {
            while (!ready && items.hasNext()) {
                Object item = items.next();
                ctx.pushScope();
                try {
                    target.assign(ctx, item);
                    if (PyProtocols.truthy(filter.eval(ctx))) {
                        next = item;
                        ready = true;
                    }
                } finally {
                    ctx.popScope();
                }
            }
            return ready;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            ready = false;
            return next;
        }
    }
}
