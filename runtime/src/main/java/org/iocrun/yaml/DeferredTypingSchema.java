package org.iocrun.yaml;

import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.Schema;

import java.util.Map;

/**
 * The schema the composer runs with. Its resolver only marks untagged plain scalars as "to be typed"
 * and quoted ones as strings: typing is {@link PlainScalars}' job, with ruamel's exact rules. Because it
 * never answers {@link Tag#MERGE}, the composer leaves {@code <<} alone and {@link MergeKeys} can merge
 * in ruamel's key order.
 */
final class DeferredTypingSchema implements Schema {

    /** Private tag of plain scalars whose type the resolver left open. */
    static final Tag PLAIN = new Tag("tag:iocrun.org,2026:plain");

    @Override
    public ScalarResolver getScalarResolver() {
        return new DeferringResolver();
    }

    /** A class rather than a lambda: one bootstrap less at start-up. */
    private static final class DeferringResolver implements ScalarResolver {
        @Override
        public Tag resolve(String value, Boolean implicit) {
            return implicit ? PLAIN : Tag.STR;
        }
    }

    @Override
    public Map<Tag, ConstructNode> getSchemaTagConstructors() {
        return Map.of();
    }
}
