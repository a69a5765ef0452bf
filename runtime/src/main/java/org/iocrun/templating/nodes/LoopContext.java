package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.AttributeHolder;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.PyCallable;
import org.iocrun.templating.python.PyCompare;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Jinja's {@code loop} variable, iterating lazily as Jinja does (one item of look-ahead for {@code last} and
 * {@code nextitem}), so a list appended to inside its own loop is iterated to its new end.
 */
final class LoopContext implements AttributeHolder, PyCallable {

    private static final Object NONE_YET = new Object();

    /** The iterable {@code length} is taken from, or null when it has no length (a filtered loop). */
    private final Object sized;
    private Iterator<Object> items;
    private final int depth0;
    private final ForNode recursion;
    /** The frames around the for statement, which nested iterations of a recursive loop start from. */
    private final Scopes home;
    private int index0 = -1;
    private Object current;
    private Object previous = NONE_YET;
    private Object peeked = NONE_YET;
    private Object lastChanged = NONE_YET;
    private long length = -1;

    LoopContext(Object sized, Iterator<Object> items, int depth0, ForNode recursion, Scopes home) {
        this.home = home;
        this.sized = sized;
        this.items = items;
        this.depth0 = depth0;
        this.recursion = recursion;
    }

    boolean hasNext() {
        return peeked != NONE_YET || items.hasNext();
    }

    /** Moves to the next item and returns it. */
    Object advance() {
        if (index0 >= 0) {
            previous = current;
        }
        if (peeked != NONE_YET) {
            current = peeked;
            peeked = NONE_YET;
        } else {
            current = items.next();
        }
        index0++;
        return current;
    }

    private boolean isLast() {
        if (peeked != NONE_YET) {
            return false;
        }
        if (!items.hasNext()) {
            return true;
        }
        peeked = items.next();
        return false;
    }

    private long length() {
        if (sized != null) {
            return PyProtocols.len(sized);
        }
        if (length < 0) {
            List<Object> rest = new ArrayList<>();
            if (peeked != NONE_YET) {
                rest.add(peeked);
                peeked = NONE_YET;
            }
            items.forEachRemaining(rest::add);
            items = rest.iterator();
            length = index0 + 1L + rest.size();
        }
        return length;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "index" -> (long) index0 + 1;
            case "index0" -> (long) index0;
            case "revindex" -> length() - index0;
            case "revindex0" -> length() - index0 - 1;
            case "first" -> index0 == 0;
            case "last" -> isLast();
            case "length" -> length();
            case "depth" -> (long) depth0 + 1;
            case "depth0" -> (long) depth0;
            case "previtem" -> previous != NONE_YET ? previous : Undefined.withHint("there is no previous item");
            case "nextitem" -> isLast() ? Undefined.withHint("there is no next item") : peeked;
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
        if (lastChanged == NONE_YET || !PyCompare.eq(lastChanged, value)) {
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
        return recursion.renderNested((RenderContext) context, home, args.get(0), depth0 + 1);
    }

    @Override
    public String typeName() {
        return "LoopContext";
    }

    @Override
    public String repr() {
        return "<LoopContext " + (index0 + 1) + "/" + length() + ">";
    }
}
