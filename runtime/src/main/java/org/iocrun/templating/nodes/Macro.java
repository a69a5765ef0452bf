package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.AttributeHolder;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.CallContext;
import org.iocrun.templating.python.PyCallable;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.PyTuple;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code {% macro %}} (or the {@code caller} of a call block): calling it renders its body with the arguments
 * bound, seeing the names of where it was defined (a loop's variables, an enclosing macro's parameters, the
 * template's top-level names) but not the caller's locals, and returns the text.
 */
final class Macro implements PyCallable, AttributeHolder {

    /** What a macro definition declares; a call block's caller has a null name (Python's None). */
    record Signature(String name, List<String> parameters, List<Expr> defaults, boolean catchVarargs,
                     boolean catchKwargs, boolean usesCaller, UnboundNames unbound) {
        Signature {
            parameters = List.copyOf(parameters);
            defaults = new ArrayList<>(defaults);
        }
    }

    private final Signature signature;
    private final Body body;
    private final Scopes closure;

    /** @param closure the frames where the macro is defined, which its body sees besides its own arguments */
    Macro(Signature signature, Body body, Scopes closure) {
        this.signature = signature;
        this.body = body;
        this.closure = closure;
    }

    /**
     * Binds the arguments as Jinja's {@code Macro.__call__} does: positionals first, the remaining parameters from
     * keywords, then the special {@code caller} (unless it is a declared parameter), then what is left to
     * {@code kwargs} or an error, then extra positionals to {@code varargs} or an error.
     */
    @Override
    public Object call(Args args, CallContext context) {
        RenderContext caller = (RenderContext) context;
        List<String> params = signature.parameters();
        Map<String, Object> scope = new HashMap<>();
        RenderContext ctx = caller.forMacro(closure, scope);
        ctx.unbind(signature.unbound());
        Map<String, Object> keywords = new LinkedHashMap<>(args.keywords());
        boolean explicitCaller = params.contains("caller");
        boolean foundCaller = explicitCaller;
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i);
            if (i < args.size()) {
                scope.put(name, args.get(i));
            } else {
                scope.put(name, keywords.containsKey(name) ? keywords.remove(name) : Scopes.UNBOUND);
            }
        }
        // then, as the compiled macro does, each parameter still missing takes its default in order, so a
        // default reading a later parameter that was not given sees it undefined
        for (int i = 0; i < params.size(); i++) {
            String name = params.get(i);
            if (scope.get(name) == Scopes.UNBOUND) {
                Expr dflt = signature.defaults().get(i);
                scope.put(name, dflt != null ? dflt.eval(ctx)
                        : new Undefined("parameter " + PyText.repr(name) + " was not provided", Undefined.NO_OWNER, name, true));
            }
        }
        if (signature.usesCaller() && !foundCaller) {
            Object given = keywords.remove("caller");
            scope.put("caller", given != null ? given : Undefined.withHint("No caller defined"));
        }
        if (signature.catchKwargs()) {
            scope.put("kwargs", new LinkedHashMap<Object, Object>(keywords));
        } else if (!keywords.isEmpty()) {
            if (keywords.containsKey("caller")) {
                throw TemplateFailure.type("macro " + PyText.repr(signature.name()) + " was invoked with two values"
                        + " for the special caller argument. This is most likely a bug.");
            }
            throw TemplateFailure.type("macro " + PyText.repr(signature.name()) + " takes no keyword argument "
                    + PyText.repr(keywords.keySet().iterator().next()));
        }
        if (signature.catchVarargs()) {
            List<Object> extra = args.size() > params.size() ? args.positional().subList(params.size(), args.size())
                    : List.of();
            scope.put("varargs", new PyTuple(extra));
        } else if (args.size() > params.size()) {
            throw TemplateFailure.type("macro " + PyText.repr(signature.name()) + " takes not more than "
                    + params.size() + " argument(s)");
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
        // a call block's caller has no name: Jinja's Macro.__repr__ calls it anonymous
        return "<Macro " + (signature.name() == null ? "anonymous" : PyText.repr(signature.name())) + ">";
    }
}
