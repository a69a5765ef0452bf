package org.iocrun.templating.nodes;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import org.iocrun.templating.CompiledTemplate;
import org.iocrun.templating.GlobalStore;
import org.iocrun.templating.TemplateError;
import org.iocrun.templating.python.TemplateFailure;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** A compiled Jinja template: our node tree, rendered by Pebble's {@link PebbleTemplateImpl}. */
public final class JinjaTemplate extends PebbleTemplateImpl implements CompiledTemplate {

    private final String source;

    public JinjaTemplate(PebbleEngine engine, RootNode root, String source) {
        super(engine, root, "<template>");
        this.source = source;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String render(Map<String, Object> context, GlobalStore globals) throws TemplateError {
        Map<String, Object> snapshot = snapshot(globals);
        StringWriter out = new StringWriter(source.length() + 32);
        try {
            evaluate(out, Map.of(RenderRequest.KEY, new RenderRequest(context == null ? Map.of() : context,
                    snapshot, globals)));
        } catch (TemplateFailure failure) {
            throw failure.toError(source);
        } catch (StackOverflowError overflow) {
            throw new TemplateError(TemplateError.Kind.RUNTIME, "maximum recursion depth exceeded", source, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
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
