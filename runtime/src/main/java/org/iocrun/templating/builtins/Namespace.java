package org.iocrun.templating.builtins;

import org.iocrun.templating.python.AttributeHolder;
import org.iocrun.templating.python.Attributes;
import org.iocrun.templating.python.PyText;

import java.util.LinkedHashMap;
import java.util.Map;

/** Jinja's {@code namespace()}: a mutable attribute bag that {@code {% set ns.x = ... %}} can change from a loop. */
public final class Namespace implements AttributeHolder {

    private final Map<String, Object> attributes = new LinkedHashMap<>();

    public Namespace(Map<String, Object> initial) {
        attributes.putAll(initial);
    }

    public void set(String name, Object value) {
        attributes.put(name, value);
    }

    @Override
    public Object attribute(String name) {
        return attributes.containsKey(name) ? attributes.get(name) : Attributes.MISSING;
    }

    @Override
    public String typeName() {
        return "Namespace";
    }

    @Override
    public String repr() {
        return "<Namespace " + PyText.repr(attributes) + ">";
    }
}
