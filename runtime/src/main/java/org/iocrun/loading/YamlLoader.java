package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.schema.CoreSchema;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** PROVISIONAL minimal loader (replaced by the full loader on the yaml branch). */
public final class YamlLoader {

    public Optional<YNode> load(Path file) throws UserError {
        try {
            return parse(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "cannot read file: " + e.getMessage()));
        }
    }

    public Optional<YNode> parse(String text, Path file) throws UserError {
        LoadSettings settings = LoadSettings.builder().setSchema(new CoreSchema()).setMaxAliasesForCollections(10000).build();
        try {
            Optional<Node> root = new Compose(settings).composeString(text);
            StandardConstructor constructor = new StandardConstructor(settings);
            return root.map(n -> convert(n, file, constructor));
        } catch (YamlEngineException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), e.getMessage()));
        }
    }

    private YNode convert(Node node, Path file, StandardConstructor c) {
        SourcePosition pos = node.getStartMark().map(m -> new SourcePosition(file, m.getLine() + 1, m.getColumn() + 1))
                .orElse(SourcePosition.unknown(file));
        return switch (node) {
            case ScalarNode s -> {
                Object v = c.constructSingleDocument(Optional.of(s));
                if (v instanceof Integer i) {
                    v = i.longValue();
                }
                yield new YNode.YScalar(v, s.getValue(), !s.isPlain(), pos);
            }
            case SequenceNode s -> {
                List<YNode> items = new ArrayList<>();
                for (Node n : s.getValue()) {
                    items.add(convert(n, file, c));
                }
                yield new YNode.YList(items, pos);
            }
            case MappingNode m -> {
                List<YNode.YEntry> entries = new ArrayList<>();
                for (NodeTuple t : m.getValue()) {
                    entries.add(new YNode.YEntry((YNode.YScalar) convert(t.getKeyNode(), file, c),
                            convert(t.getValueNode(), file, c)));
                }
                yield new YNode.YMap(entries, pos);
            }
            default -> throw new IllegalStateException();
        };
    }
}
