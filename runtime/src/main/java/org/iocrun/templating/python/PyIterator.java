package org.iocrun.templating.python;

import java.util.Iterator;

/**
 * A one-shot Python iterator, such as the generator {@code |map} or {@code |select} returns: iterating consumes it,
 * and it prints as {@code <generator object ...>}.
 */
public final class PyIterator {

    private final String typeName;
    private final Iterator<Object> items;

    public PyIterator(String typeName, Iterator<Object> items) {
        this.typeName = typeName;
        this.items = items;
    }

    public String typeName() {
        return typeName;
    }

    public Iterator<Object> iterator() {
        return items;
    }
}
