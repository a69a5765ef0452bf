package org.iocrun.templating.python;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** A Python tuple: an immutable sequence that prints as {@code (1, 'a')} and never equals a list. */
public record PyTuple(List<Object> items, List<String> fieldNames) {

    public static final PyTuple EMPTY = new PyTuple(List.of());

    /**
     * @param fieldNames names that read items as attributes, as Python's named tuples have (empty for a plain
     *                   tuple); they do not change how the tuple prints
     */
    public PyTuple {
        items = Collections.unmodifiableList(Arrays.asList(items.toArray()));
        fieldNames = List.copyOf(fieldNames);
    }

    public PyTuple(List<Object> items) {
        this(items, List.of());
    }

    public static PyTuple of(Object... items) {
        return new PyTuple(Arrays.asList(items));
    }

    public int size() {
        return items.size();
    }

    public Object get(int index) {
        return items.get(index);
    }
}
