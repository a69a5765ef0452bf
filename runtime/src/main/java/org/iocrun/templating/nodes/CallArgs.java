package org.iocrun.templating.nodes;

import org.iocrun.templating.python.Args;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyText;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The argument expressions of a call, filter or test: positional, {@code name=value}, {@code *args} and
 * {@code **kwargs}.
 */
public record CallArgs(List<Expr> positional, List<Keyword> keywords, Expr starArgs, Expr starKwargs) {

    /** One {@code name=value} argument. */
    public record Keyword(String name, Expr value) {
    }

    public static final CallArgs NONE = new CallArgs(List.of(), List.of(), null, null);

    public CallArgs {
        positional = List.copyOf(positional);
        keywords = List.copyOf(keywords);
    }

    public boolean isEmpty() {
        return positional.isEmpty() && keywords.isEmpty() && starArgs == null && starKwargs == null;
    }

    public Args evaluate(RenderContext ctx) {
        if (isEmpty()) {
            return Args.NONE;
        }
        List<Object> values = new ArrayList<>(positional.size());
        for (Expr e : positional) {
            values.add(e.eval(ctx));
        }
        if (starArgs != null) {
            values.addAll(PyProtocols.toList(starArgs.eval(ctx)));
        }
        Map<String, Object> named = keywords.isEmpty() && starKwargs == null ? Map.of() : new LinkedHashMap<>();
        for (Keyword k : keywords) {
            named.put(k.name(), k.value().eval(ctx));
        }
        if (starKwargs != null) {
            Object extra = starKwargs.eval(ctx);
            if (extra instanceof Undefined u) {
                throw u.failure();
            }
            if (!(extra instanceof Map<?, ?> m)) {
                throw TemplateFailure.type("argument after ** must be a mapping, not "
                        + org.iocrun.templating.python.PyTypes.typeName(extra));
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw TemplateFailure.type("keywords must be strings");
                }
                if (named.containsKey(key)) {
                    throw TemplateFailure.type("got multiple values for keyword argument " + PyText.repr(key));
                }
                named.put(key, e.getValue());
            }
        }
        return new Args(values, named);
    }
}
