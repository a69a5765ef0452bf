package org.iocrun.templating.nodes;

import org.iocrun.templating.PyTuple;
import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.AttributeHolder;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.PyCallable;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code {% macro %}} (or the {@code caller} of a call block): calling it renders its body with the arguments
 * bound, seeing the template's top-level names but not the caller's locals, and returns the text.
 */
final class Macro implements PyCallable, AttributeHolder {

    /** What a macro definition declares. */
    record Signature(String name, List<String> parameters, List<Expr> defaults, boolean catchVarargs,
                     boolean catchKwargs, boolean usesCaller) {
        Signature {
            parameters = List.copyOf(parameters);
            defaults = new ArrayList<>(defaults);
        }
    }

    private final Signature signature;
    private final Body body;

    Macro(Signature signature, Body body) {
        this.signature = signature;
        this.body = body;
    }

    @Override
    public Object call(Args args, CallContext context) {
        RenderContext caller = (RenderContext) context;
        List<String> params = signature.parameters();
        if (args.size() > params.size() && !signature.catchVarargs()) {
            throw TemplateFailure.type("macro " + PyText.repr(signature.name()) + " takes not more than "
                    + params.size() + " argument(s)");
        }
        Map<String, Object> scope = new HashMap<>();
        RenderContext ctx = caller.forMacro(scope);
        Map<String, Object> keywords = new LinkedHashMap<>(args.keywords());
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i);
            if (i < args.size()) {
                if (keywords.containsKey(name)) {
                    throw TemplateFailure.type("macro " + PyText.repr(signature.name())
                            + " got multiple values for argument " + PyText.repr(name));
                }
                scope.put(name, args.get(i));
            } else if (keywords.containsKey(name)) {
                scope.put(name, keywords.remove(name));
            } else {
                Expr dflt = signature.defaults().get(i);
                scope.put(name, dflt != null ? dflt.eval(ctx)
                        : new Undefined("parameter " + PyText.repr(name) + " was not provided", Undefined.NO_OWNER, name, true));
            }
        }
        if (signature.usesCaller()) {
            scope.put("caller", keywords.containsKey("caller") ? keywords.remove("caller")
                    : Undefined.withHint("No caller defined"));
        }
        if (signature.catchVarargs()) {
            List<Object> extra = args.size() > params.size() ? args.positional().subList(params.size(), args.size())
                    : List.of();
            scope.put("varargs", new PyTuple(extra));
        }
        if (signature.catchKwargs()) {
            scope.put("kwargs", new LinkedHashMap<Object, Object>(keywords));
        } else if (!keywords.isEmpty()) {
            throw TemplateFailure.type("macro " + PyText.repr(signature.name()) + " takes no keyword argument "
                    + PyText.repr(keywords.keySet().iterator().next()));
        }
        return body.capture(ctx);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "name" -> signature.name();
            case "arguments" -> new PyTuple(new ArrayList<>(signature.parameters()));
            case "catch_kwargs" -> signature.catchKwargs();
            case "catch_varargs" -> signature.catchVarargs();
            case "caller" -> signature.usesCaller();
            default -> Attributes.MISSING;
        };
    }

    @Override
    public String typeName() {
        return "Macro";
    }

    @Override
    public String repr() {
        return "<Macro " + PyText.repr(signature.name()) + ">";
    }
}
