package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Turns the composed node graph into the {@link YNode} tree: types scalars, applies merge keys, refuses
 * duplicate and non-scalar keys, and expands aliases.
 *
 * <p>An alias in the graph is the anchored node itself, reached a second time. Walking in document
 * order, the first visit of a node is its definition and every later one an alias, in the same order as
 * the alias events the parser saw; that pairs each with its written position. Since YNodes are immutable,
 * expanding an alias shares the converted subtree instead of copying it, and the expanded size and height
 * are added up per alias, so a "billion laughs" document is refused at the alias that crosses the limit
 * before anything is built.
 */
final class NodeConverter {

    private static final String MERGE_HINT = "write <<: *name or <<: [*name1, *name2] with anchored mappings";

    private record Converted(YNode node, long size, int height) {
    }

    private final Path file;
    private final YamlLimits limits;
    private final Queue<Mark> aliasMarks;
    private final Map<Node, Converted> done = new IdentityHashMap<>();
    private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
    private long nodes;

    NodeConverter(Path file, YamlLimits limits, Queue<Mark> aliasMarks) {
        this.file = file;
        this.limits = limits;
        this.aliasMarks = aliasMarks;
    }

    YNode convert(Node root) {
        return visit(root, 0).node();
    }

    /** @param depth how many mappings and lists enclose the node */
    private Converted visit(Node node, int depth) {
        Converted seen = done.get(node);
        if (seen != null || inProgress.contains(node)) {
            return alias(node, seen, depth);
        }
        inProgress.add(node);
        long before = nodes;
        count(node);
        // an enum switch: a type-pattern switch would cost a bootstrap at every start
        Converted converted = switch (node.getNodeType()) {
            case SCALAR -> new Converted(scalar((ScalarNode) node), 1, 0);
            case SEQUENCE -> list((SequenceNode) node, depth, before);
            case MAPPING -> map((MappingNode) node, depth, before);
            default -> throw new IllegalStateException("unexpected node " + node.getNodeType());
        };
        inProgress.remove(node);
        done.put(node, converted);
        return converted;
    }

    private Converted alias(Node target, Converted seen, int depth) {
        Mark mark = aliasMarks.poll();
        if (mark == null) {
            throw new IllegalStateException("alias positions out of step with the node graph");
        }
        if (seen == null) {
            throw fail(Marks.position(file, mark), "recursive alias " + aliasName(target)
                    + " refers to a node that contains it", "an anchored node cannot include an alias to itself");
        }
        nodes += seen.size();
        if (nodes > limits.maxNodes()) {
            throw fail(Marks.position(file, mark), "the document has more than " + limits.maxNodes()
                    + " nodes once alias " + aliasName(target) + " is expanded",
                    "aliases that repeat large structures many times (\"billion laughs\") are refused; "
                            + "reduce the repetition");
        }
        if (depth + seen.height() > limits.maxDepth()) {
            throw fail(Marks.position(file, mark), "nesting is deeper than " + limits.maxDepth()
                    + " levels once alias " + aliasName(target) + " is expanded",
                    "aliases nested inside anchored structures multiply the depth");
        }
        return seen;
    }

    private static String aliasName(Node target) {
        return "*" + target.getAnchor().map(Anchor::getValue).orElse("?");
    }

    private void count(Node node) {
        if (++nodes > limits.maxNodes()) {
            throw fail(position(node), "the document has more than " + limits.maxNodes() + " nodes",
                    "split it into smaller files");
        }
    }

    private YScalar scalar(ScalarNode node) {
        String text = node.getValue();
        Tag tag = node.getTag();
        Object value;
        try {
            if (tag.equals(DeferredTypingSchema.PLAIN)) {
                value = PlainScalars.resolve(text);
            } else if (tag.equals(Tag.STR)) {
                value = text;
            } else {
                value = TaggedScalars.construct(tag, text);
            }
        } catch (ScalarFormatException e) {
            throw fail(position(node), e.getMessage(), e.hint());
        }
        ScalarStyle style = node.getScalarStyle();
        return new YScalar(value, text, style != ScalarStyle.PLAIN,
                style == ScalarStyle.LITERAL || style == ScalarStyle.FOLDED, position(node));
    }

    private Converted list(SequenceNode node, int depth, long before) {
        checkCollectionTag(node, Tag.SEQ, "a list");
        List<YNode> items = new ArrayList<>(node.getValue().size());
        int height = 0;
        for (Node item : node.getValue()) {
            Converted c = visit(item, depth + 1);
            items.add(c.node());
            height = Math.max(height, c.height());
        }
        return new Converted(new YList(items, position(node)), nodes - before, height + 1);
    }

    private Converted map(MappingNode node, int depth, long before) {
        checkCollectionTag(node, Tag.MAP, "a mapping");
        List<YEntry> own = new ArrayList<>(node.getValue().size());
        Map<Object, YScalar> ownKeys = new HashMap<>();
        List<YMap> mergeSources = null;
        int height = 0;
        for (NodeTuple tuple : node.getValue()) {
            Converted key = visit(tuple.getKeyNode(), depth + 1);
            Converted value = visit(tuple.getValueNode(), depth + 1);
            height = Math.max(height, Math.max(key.height(), value.height()));
            if (!(key.node() instanceof YScalar keyScalar)) {
                throw fail(key.node().position(), "a mapping key must be a scalar, found " + key.node().kindName(),
                        "use a plain string as the key");
            }
            if (isMergeKey(tuple.getKeyNode())) {
                if (mergeSources != null) {
                    throw fail(keyScalar.position(), "duplicate merge key <<",
                            "merge several maps with one key: <<: [*a, *b]");
                }
                mergeSources = mergeSources(keyScalar, value.node());
                continue;
            }
            YScalar first = ownKeys.putIfAbsent(MappingKeys.identity(keyScalar), keyScalar);
            if (first != null) {
                throw fail(keyScalar.position(), "duplicate key '" + keyText(keyScalar) + "'",
                        "first defined at line " + first.position().line());
            }
            own.add(new YEntry(keyScalar, value.node()));
        }
        List<YEntry> entries = mergeSources == null ? own : MergeKeys.apply(mergeSources, own);
        return new Converted(new YMap(entries, position(node)), nodes - before, height + 1);
    }

    /** An untagged plain {@code <<}: a quoted or {@code !!str}-tagged one is an ordinary key, as in ruamel. */
    private static boolean isMergeKey(Node key) {
        return key instanceof ScalarNode s && s.getTag().equals(DeferredTypingSchema.PLAIN)
                && s.getValue().equals("<<");
    }

    /**
     * The maps a merge key names. Problems are reported at the {@code <<} key: the offending value is
     * often an alias, whose node carries the position of its anchor far away.
     */
    private List<YMap> mergeSources(YScalar mergeKey, YNode value) {
        return switch (value) {
            case YMap map -> List.of(map);
            case YList list -> {
                List<YMap> maps = new ArrayList<>(list.items().size());
                for (YNode item : list.items()) {
                    if (!(item instanceof YMap map)) {
                        throw fail(mergeKey.position(), "the merge key << expects a list of mappings, but item "
                                + (maps.size() + 1) + " is " + item.kindName(), MERGE_HINT);
                    }
                    maps.add(map);
                }
                yield maps;
            }
            case YScalar scalar -> throw fail(mergeKey.position(),
                    "the merge key << expects a mapping or a list of mappings, found " + scalar.kindName(),
                    MERGE_HINT);
        };
    }

    private void checkCollectionTag(Node node, Tag expected, String what) {
        if (!node.getTag().equals(expected)) {
            ScalarFormatException e = TaggedScalars.unsupported(node.getTag(), what);
            throw fail(position(node), e.getMessage(), e.hint());
        }
    }

    private static String keyText(YScalar key) {
        return key.value() == null ? "None" : key.text();
    }

    private SourcePosition position(Node node) {
        return Marks.position(file, node.getStartMark());
    }

    private static LoadFailure fail(SourcePosition at, String message, String hint) {
        return new LoadFailure(Problem.error(at, message, hint));
    }
}
