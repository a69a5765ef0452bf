package org.iocrun.loading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts YAML subtrees to plain Java values: LinkedHashMap (key order kept), ArrayList, scalar values. */
public final class YamlValues {

    private YamlValues() {
    }

    public static Object toJava(YNode node) {
        return switch (node) {
            case YNode.YScalar s -> s.value();
            case YNode.YList l -> {
                List<Object> items = new ArrayList<>(l.items().size());
                for (YNode item : l.items()) {
                    items.add(toJava(item));
                }
                yield items;
            }
            case YNode.YMap m -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (YNode.YEntry e : m.entries()) {
                    map.put(e.key().value(), toJava(e.value()));
                }
                yield map;
            }
        };
    }
}
