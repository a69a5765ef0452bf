package org.iocrun.templating.nodes;

import org.iocrun.templating.builtins.Namespace;
import org.iocrun.templating.python.PyProtocols;
import org.iocrun.templating.python.PyTypes;
import org.iocrun.templating.python.TemplateFailure;
import org.iocrun.templating.python.Undefined;

import java.util.List;

/** The left side of an assignment or loop: a name, a tuple of targets, or {@code namespace.attr}. */
public sealed interface Target {

    void assign(RenderContext ctx, Object value);

    /** {@code x}. */
    record Name(String name) implements Target {
        @Override
        public void assign(RenderContext ctx, Object value) {
            ctx.assign(name, value);
        }
    }

    /** {@code a, b}: unpacks an iterable of exactly that many items. */
    record Unpack(List<Target> targets) implements Target {
        public Unpack {
            targets = List.copyOf(targets);
        }

        @Override
        public void assign(RenderContext ctx, Object value) {
            if (value instanceof Undefined u) {
                throw u.failure();
            }
            List<Object> items;
            try {
                items = PyProtocols.elements(value);
            } catch (TemplateFailure e) {
                throw TemplateFailure.type("cannot unpack non-iterable " + PyTypes.typeName(value) + " object");
            }
            if (items.size() < targets.size()) {
                throw TemplateFailure.value("not enough values to unpack (expected " + targets.size() + ", got "
                        + items.size() + ")");
            }
            if (items.size() > targets.size()) {
                throw TemplateFailure.value("too many values to unpack (expected " + targets.size() + ")");
            }
            for (int i = 0; i < targets.size(); i++) {
                targets.get(i).assign(ctx, items.get(i));
            }
        }
    }

    /** {@code ns.attr}: sets an attribute of a {@code namespace()} object. */
    record NamespaceAttribute(String name, String attribute) implements Target {
        @Override
        public void assign(RenderContext ctx, Object value) {
            Object ns = ctx.lookup(name);
            if (!(ns instanceof Namespace namespace)) {
                if (ns instanceof Undefined u) {
                    throw u.failure();
                }
                throw TemplateFailure.runtime("cannot assign attribute on non-namespace object");
            }
            namespace.set(attribute, value);
        }
    }
}
