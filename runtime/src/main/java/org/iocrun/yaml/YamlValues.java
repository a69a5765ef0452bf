package org.iocrun.yaml;

import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain Java values of a YAML subtree, for free-form data (ibek's {@code shared}, dict parameters,
 * sub-entity arguments) that templates see as Python dicts and lists.
 */
public final class YamlValues {

    private YamlValues() {
    }

    /**
     * A {@link LinkedHashMap} (source key order, keys are the scalar values) for a mapping, an
     * {@link ArrayList} for a list, the scalar's value otherwise (see {@link YScalar#value()}). The result
     * is a fresh, mutable copy; shared subtrees (expanded aliases) become separate copies.
     */
    public static Object toJava(YNode node) {
        return switch (node) {
            case YScalar scalar -> scalar.value();
            case YList list -> list(list);
            case YMap map -> map(map);
        };
    }

    private static List<Object> list(YList list) {
        List<Object> items = new ArrayList<>(list.items().size());
        for (YNode item : list.items()) {
            items.add(toJava(item));
        }
        return items;
    }

    private static Map<Object, Object> map(YMap map) {
        Map<Object, Object> entries = LinkedHashMap.newLinkedHashMap(map.entries().size());
        for (YEntry entry : map.entries()) {
            entries.put(entry.key().value(), toJava(entry.value()));
        }
        return entries;
    }
}
