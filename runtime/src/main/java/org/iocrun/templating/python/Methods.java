package org.iocrun.templating.python;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Calls: methods of values by name, and calling any callable value. */
public final class Methods {

    static final Set<String> GLOBAL_NAMES = GlobalMethods.NAMES;

    private Methods() {
    }

    /** Calls {@code callee(args)}; a non-callable is Python's TypeError, an undefined one fails as undefined. */
    public static Object callValue(Object callee, Args args, CallContext context) {
        if (callee instanceof PyCallable c) {
            return c.call(args, context);
        }
        if (callee instanceof Undefined u) {
            throw u.failure();
        }
        throw TemplateFailure.type("'" + PyTypes.typeName(callee) + "' object is not callable");
    }

    /** Calls method {@code name} of {@code self}, which {@link Attributes#pythonAttribute} said exists. */
    static Object call(Object self, String name, Args a, CallContext context) {
        return switch (self) {
            case String s -> StrMethods.call(s, name, a);
            case List<?> l -> ListMethods.call(l, name, a, context);
            case Map<?, ?> m -> DictMethods.call(m, name, a);
            case PyTuple t -> sequenceMethod(t.items(), "tuple", name, a);
            case PyRange r -> sequenceMethod(PyProtocols.toList(r), "range", name, a);
            case Double d -> {
                a.expectPositional(name, 0, 0);
                yield Double.isFinite(d) && d == Math.rint(d);
            }
            case GlobalStore g -> GlobalMethods.call(g, name, a);
            default -> {
                a.expectPositional(name, 0, 0);
                yield (long) PyNumbers.asBig(self).abs().bitLength();
            }
        };
    }

    private static Object sequenceMethod(List<Object> items, String type, String name, Args a) {
        a.expectPositional(name, 1, name.equals("index") ? 3 : 1);
        if (name.equals("count")) {
            long n = 0;
            for (Object item : items) {
                if (PyCompare.eq(item, a.get(0))) {
                    n++;
                }
            }
            return n;
        }
        int at = ListMethods.indexOf(items, a.get(0), 0, items.size());
        if (at < 0) {
            throw TemplateFailure.value(type.equals("range") ? PyText.repr(a.get(0)) + " is not in range"
                    : "tuple.index(x): x not in tuple");
        }
        return (long) at;
    }
}
