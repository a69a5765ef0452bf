package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.TextNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/** A sequence of statements (Pebble's {@link BodyNode}) rendered in a Jinja render. */
public record Body(BodyNode node) {

    public static Body of(int line, List<RenderableNode> children) {
        return new Body(new BodyNode(line, children));
    }

    public void render(Writer out, RenderContext ctx) throws IOException {
        // our statements and Pebble's TextNode never use the template argument
        node.render(null, out, ctx);
    }

    /** Renders into a string, as {@code {% set x %}}, macros and filter blocks capture their output. */
    public String capture(RenderContext ctx) {
        StringWriter out = new StringWriter();
        try {
            render(out, ctx);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The output of a body of text nodes only (what the lexer left of the source), else empty. */
    public Optional<String> constantText() {
        StringBuilder text = new StringBuilder();
        for (RenderableNode child : node.getChildren()) {
            if (!(child instanceof TextNode t)) {
                return Optional.empty();
            }
            text.append(t.getData());
        }
        return Optional.of(text.toString());
    }

    public boolean isEmpty() {
        return node.getChildren().isEmpty();
    }
}
