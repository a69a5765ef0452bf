package org.iocrun.templating.nodes;

import org.iocrun.templating.python.PyProtocols;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code {% if %}...{% elif %}...{% else %}...{% endif %}}; assignments inside leak out, as in Jinja. */
public final class IfNode extends Stmt {

    /** One {@code if}/{@code elif} test with its body. */
    public record Branch(Expr test, Body body) {
    }

    private final List<Branch> branches;
    private final Body otherwise;

    public IfNode(List<Branch> branches, Body otherwise, int line) {
        super(line);
        this.branches = List.copyOf(branches);
        this.otherwise = otherwise;
    }

    @Override
    protected void run(Writer out, RenderContext ctx) throws IOException {
        for (Branch branch : branches) {
            if (PyProtocols.truthy(branch.test().eval(ctx))) {
                branch.body().render(out, ctx);
                return;
            }
        }
        otherwise.render(out, ctx);
    }
}
