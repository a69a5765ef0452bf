package org.iocrun.templating.nodes;

import org.iocrun.templating.PyTuple;
import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.AttributeHolder;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.PyCallable;
import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.List;

/** Jinja's {@code loop} variable: 1-based {@code index}, {@code first}/{@code last}, {@code cycle()}, ... */
final class LoopContext implements AttributeHolder, PyCallable {

    private final List<Object> items;
    private final int depth0;
    private final ForNode recursion;
    private int index0;
    private Object lastChanged = Attributes.MISSING;

    LoopContext(List<Object> items, int depth0, ForNode recursion) {
        this.items = items;
        this.depth0 = depth0;
        this.recursion = recursion;
    }

    void moveTo(int index) {
        index0 = index;
    }

    @Override
    public Object attribute(String name) {
        int length = items.size();
        return switch (name) {
            case "index" -> (long) index0 + 1;
            case "index0" -> (long) index0;
            case "revindex" -> (long) (length - index0);
            case "revindex0" -> (long) (length - index0 - 1);
            case "first" -> index0 == 0;
            case "last" -> index0 == length - 1;
            case "length" -> (long) length;
            case "depth" -> (long) depth0 + 1;
            case "depth0" -> (long) depth0;
            case "previtem" -> index0 > 0 ? items.get(index0 - 1) : Undefined.withHint("there is no previous item");
            case "nextitem" -> index0 < length - 1 ? items.get(index0 + 1) : Undefined.withHint("there is no next item");
            case "cycle" -> (PyCallable) (args, ctx) -> cycle(args);
            case "changed" -> (PyCallable) (args, ctx) -> changed(args);
            default -> Attributes.MISSING;
        };
    }

    private Object cycle(Args args) {
        if (args.size() == 0) {
            throw TemplateFailure.type("no items for cycling given");
        }
        return args.get(index0 % args.size());
    }

    private Object changed(Args args) {
        PyTuple value = new PyTuple(args.positional());
        if (lastChanged == Attributes.MISSING || !PyCompare.eq(lastChanged, value)) {
            lastChanged = value;
            return true;
        }
        return false;
    }

    /** {@code loop(children)} in a recursive loop: renders the loop body over the children, one level deeper. */
    @Override
    public Object call(Args args, CallContext context) {
        if (recursion == null) {
            throw TemplateFailure.type("Tried to call non recursive loop.  Maybe you forgot the 'recursive' modifier.");
        }
        args.expectPositional("loop", 1, 1);
        return recursion.renderNested((RenderContext) context, args.get(0), depth0 + 1);
    }

    @Override
    public String typeName() {
        return "LoopContext";
    }

    @Override
    public String repr() {
        return "<LoopContext " + (index0 + 1) + "/" + items.size() + ">";
    }
}
