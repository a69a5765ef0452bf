package org.iocrun.templating.python;

/** A method of a value looked up but not yet called, such as {@code d.values} or {@code 'a'.upper}. */
public record BoundMethod(Object self, String name) implements PyCallable {

    @Override
    public Object call(Args args, CallContext context) {
        return Methods.call(self, name, args, context);
    }

    @Override
    public String typeName() {
        return "builtin_function_or_method";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BoundMethod m && m.self == self && m.name.equals(name);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return "<built-in method " + name + " of " + PyTypes.typeName(self) + " object>";
    }
}
