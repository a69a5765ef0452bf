package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import org.iocrun.templating.builtins.Globals;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.templating.python.TemplateFailure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A compiled Jinja template: a Pebble {@link PebbleTemplateImpl} holding our node tree. Rendering builds the
 * evaluation context itself instead of using {@code evaluate(writer, map)}, whose context would also expose
 * Pebble's globals ({@code template}, {@code _context}) and cost a second context per render.
 */
public final class JinjaTemplate extends PebbleTemplateImpl implements CompiledTemplate {

    private final PebbleEngine engine;
    private final String source;
    private final RenderLimits limits;
    private final Optional<String> constantText;

    public JinjaTemplate(PebbleEngine engine, RootNode root, String source, RenderLimits limits) {
        super(engine, root, "<template>");
        this.engine = engine;
        this.source = source;
        this.limits = limits;
        this.constantText = root.body().constantText();
    }

    @Override
    public Optional<String> constantText() {
        return constantText;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String render(Map<String, Object> context, GlobalStore globals) throws TemplateError {
        if (constantText.isPresent()) {
            return constantText.get();
        }
        Map<String, Object> snapshot = snapshot(globals);
        StringWriter text = new StringWriter(source.length() + 32);
        try {
            RenderContext ctx = RenderContext.start(engine, this, Globals.NAMES, context == null ? Map.of() : context,
                    snapshot, globals, limits, ((RootNode) getRootNode()).unbound());
            Writer out = new BoundedWriter(text, ctx);
            getRootNode().render(this, out, ctx);
        } catch (TemplateFailure failure) {
            throw failure.toError(source);
        } catch (StackOverflowError overflow) {
            throw new TemplateError(TemplateError.Kind.RUNTIME, "maximum recursion depth exceeded", source, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The names ibek passes as keyword arguments: {@code _global} and the variables as they are when rendering
     * starts (a variable a template sets is visible only through {@code _global.get} in the same render).
     */
    private static Map<String, Object> snapshot(GlobalStore globals) {
        Map<String, Object> variables = globals.variables();
        if (variables.isEmpty()) {
            return Map.of("_global", globals);
        }
        Map<String, Object> snapshot = new HashMap<>(variables);
        snapshot.put("_global", globals);
        return snapshot;
    }
}
