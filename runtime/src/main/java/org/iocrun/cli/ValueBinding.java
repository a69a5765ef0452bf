package org.iocrun.cli;

import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;

import java.util.function.Consumer;

/**
 * Where picocli reads and writes one option's or positional's value: it keeps the value (picocli adds each element
 * of a repeated option to the collection it reads back) and passes every new value on to the command's field.
 * picocli's interfaces have generic methods, which a lambda cannot implement.
 */
final class ValueBinding<V> implements IGetter, ISetter {

    private V value;
    private final Consumer<? super V> field;

    ValueBinding(V initial, Consumer<? super V> field) {
        this.value = initial;
        this.field = field;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
        return (T) value;
    }

    /** picocli only sets values it converted to the type the spec declares, which {@link CommandSpecs} ties to V. */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T set(T newValue) {
        T old = (T) value;
        value = (V) newValue;
        field.accept(value);
        return old;
    }
}
