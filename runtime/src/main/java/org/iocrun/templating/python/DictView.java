package org.iocrun.templating.python;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A live view of a dict: {@code d.keys()}, {@code d.values()} or {@code d.items()} (items are pairs). */
public record DictView(Map<Object, Object> dict, Kind kind) {

    public enum Kind {
        KEYS("dict_keys"), VALUES("dict_values"), ITEMS("dict_items");

        final String typeName;

        Kind(String typeName) {
            this.typeName = typeName;
        }
    }

    public String typeName() {
        return kind.typeName;
    }

    /** The current elements, copied so templates may change the dict while iterating. */
    public List<Object> elements() {
        List<Object> out = new ArrayList<>(dict.size());
        for (Map.Entry<Object, Object> e : dict.entrySet()) {
            out.add(switch (kind) {
                case KEYS -> e.getKey();
                case VALUES -> e.getValue();
                case ITEMS -> PyTuple.of(e.getKey(), e.getValue());
            });
        }
        return out;
    }

    // identity semantics: two views are equal only when they are the same object, as for Python dict views
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
