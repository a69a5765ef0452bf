package org.iocrun.yaml;

import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YMap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a mapping's merge key ({@code <<}) in the order of PyYAML/ruamel {@code flatten_mapping} and
 * dict construction, which decides property order in ibek's models:
 * <ol>
 * <li>the merged maps' entries come first, the last map of {@code <<: [*a, *b]} first, then the mapping's
 *     own entries, wherever the {@code <<} key stood among them;</li>
 * <li>a key seen again keeps the place where it first appeared but takes the later value, so own entries
 *     beat merged ones and earlier maps in the list beat later ones.</li>
 * </ol>
 * A merged map that itself merged was already flattened, and flattening it again would give the same
 * first places and last values, so its entries are used as they are.
 */
final class MergeKeys {

    private MergeKeys() {
    }

    static List<YEntry> apply(List<YMap> sources, List<YEntry> own) {
        Map<Object, YEntry> merged = new LinkedHashMap<>();
        for (int i = sources.size() - 1; i >= 0; i--) {
            putAll(merged, sources.get(i).entries());
        }
        putAll(merged, own);
        return List.copyOf(merged.values());
    }

    /** LinkedHashMap.put keeps a present key's place and replaces its value: Python dict assignment. */
    private static void putAll(Map<Object, YEntry> target, List<YEntry> entries) {
        for (YEntry e : entries) {
            target.put(MappingKeys.identity(e.key()), e);
        }
    }
}
