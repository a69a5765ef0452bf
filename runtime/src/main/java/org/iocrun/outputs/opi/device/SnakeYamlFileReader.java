package org.iocrun.outputs.opi.device;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.YNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Reads pvi device files with snakeyaml-engine's composer (YAML 1.2 core schema). pvi device files are plain
 * block YAML, so merge keys are not interpreted; aliases are shared, which is harmless because nodes are
 * immutable.
 */
public final class SnakeYamlFileReader implements YamlFileReader {

    @Override
    public YNode read(Path file) throws UserError {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(file.toString())
                    .setSchema(new CoreSchema())
                    .setAllowDuplicateKeys(false)
                    .build();
            Optional<Node> root = new Compose(settings).composeReader(reader);
            if (root.isEmpty()) {
                return new YNode.YScalar(null, "", false, new SourcePosition(file, 1, 1));
            }
            return new Converter(file).convert(root.get());
        } catch (MarkedYamlEngineException e) {
            SourcePosition at = e.getProblemMark().map(m -> position(file, m)).orElse(SourcePosition.unknown(file));
            throw new UserError(Problem.error(at, "invalid YAML: " + e.getProblem(), "a pvi device file in YAML"));
        } catch (YamlEngineException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "invalid YAML: " + e.getMessage()));
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "cannot read file: " + e.getMessage()));
        }
    }

    private static SourcePosition position(Path file, Mark mark) {
        return new SourcePosition(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns composed nodes into YNodes, converting each shared (aliased) node once. */
    private static final class Converter {
        private final Path file;
        private final Map<Node, YNode> done = new IdentityHashMap<>();

        Converter(Path file) {
            this.file = file;
        }

        YNode convert(Node node) throws UserError {
            YNode known = done.get(node);
            if (known != null) {
                return known;
            }
            SourcePosition at = node.getStartMark().map(m -> position(file, m)).orElse(SourcePosition.unknown(file));
            YNode result = switch (node) {
                case ScalarNode s -> scalar(s, at);
                case SequenceNode seq -> {
                    List<YNode> items = new ArrayList<>();
                    for (Node item : seq.getValue()) {
                        items.add(convert(item));
                    }
                    yield new YNode.YList(items, at);
                }
                case MappingNode map -> mapping(map, at);
                default -> throw new UserError(Problem.error(at, "unsupported YAML node"));
            };
            done.put(node, result);
            return result;
        }

        private YNode mapping(MappingNode map, SourcePosition at) throws UserError {
            List<YNode.YEntry> entries = new ArrayList<>();
            for (NodeTuple tuple : map.getValue()) {
                if (!(convert(tuple.getKeyNode()) instanceof YNode.YScalar key)) {
                    throw new UserError(Problem.error(at, "mapping keys must be scalars"));
                }
                entries.add(new YNode.YEntry(key, convert(tuple.getValueNode())));
            }
            return new YNode.YMap(entries, at);
        }

        private static YNode.YScalar scalar(ScalarNode s, SourcePosition at) {
            String text = s.getValue();
            boolean quoted = s.getScalarStyle() != ScalarStyle.PLAIN;
            Tag tag = s.getTag();
            Object value = text;
            if (Tag.NULL.equals(tag)) {
                value = null;
            } else if (Tag.BOOL.equals(tag)) {
                value = Boolean.valueOf(text.toLowerCase(java.util.Locale.ROOT));
            } else if (Tag.INT.equals(tag)) {
                value = parseInt(text);
            } else if (Tag.FLOAT.equals(tag)) {
                value = parseFloat(text);
            }
            return new YNode.YScalar(value, text, quoted, at);
        }

        private static Object parseInt(String text) {
            String t = text.startsWith("+") ? text.substring(1) : text;
            int radix = 10;
            if (t.startsWith("0x")) {
                radix = 16;
                t = t.substring(2);
            } else if (t.startsWith("0o")) {
                radix = 8;
                t = t.substring(2);
            }
            java.math.BigInteger big = new java.math.BigInteger(t, radix);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        }

        private static Object parseFloat(String text) {
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
                case "-.inf" -> Double.NEGATIVE_INFINITY;
                case ".nan" -> Double.NaN;
                default -> Double.valueOf(text);
            };
        }
    }
}
