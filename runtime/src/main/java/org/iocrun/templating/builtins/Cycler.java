package org.iocrun.templating.builtins;

import org.iocrun.templating.python.AttributeHolder;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.PyCallable;

import java.util.List;

/** Jinja's {@code cycler(a, b, ...)}: {@code next()} returns the items in turn, {@code current} peeks. */
final class Cycler implements AttributeHolder {

    private final List<Object> items;
    private int position;

    Cycler(List<Object> items) {
        this.items = new java.util.ArrayList<>(items);
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "current" -> items.get(position);
            case "next" -> (PyCallable) (args, ctx) -> {
                args.expectPositional("next", 0, 0);
                Object value = items.get(position);
                position = (position + 1) % items.size();
                return value;
            };
            case "reset" -> (PyCallable) (args, ctx) -> {
                position = 0;
                return null;
            };
            default -> Attributes.MISSING;
        };
    }

    @Override
    public String typeName() {
        return "Cycler";
    }
}
