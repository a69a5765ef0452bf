package org.iocrun.templating;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.cache.PebbleCache;
import io.pebbletemplates.pebble.cache.template.ConcurrentMapTemplateCache;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.extension.Test;
import io.pebbletemplates.pebble.loader.StringLoader;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.UnaryOperator;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import org.iocrun.templating.nodes.CompiledTemplate;
import org.iocrun.templating.nodes.JinjaTemplate;
import org.iocrun.templating.nodes.RenderLimits;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.templating.syntax.Parser;

import java.util.List;
import java.util.Map;

/**
 * Jinja2-compatible templates (ibek's configuration: StrictUndefined, default settings) on Pebble's runtime. Our
 * own lexer and parser build the node tree; Pebble renders it. Thread-safe; caches compiled templates by source
 * text, so rendering a template again never parses it again.
 */
public final class JinjaEngine {

    private final PebbleEngine pebble;
    private final PebbleCache<Object, PebbleTemplate> cache = new ConcurrentMapTemplateCache();
    private final RenderLimits limits;

    public JinjaEngine() {
        this(RenderLimits.DEFAULT);
    }

    public JinjaEngine(RenderLimits limits) {
        this.limits = limits;
        // Pebble's own parser is never used; its core extensions (attribute resolvers that reach Java reflection,
        // filters, functions, globals) are all removed so a template can reach nothing but our value model.
        this.pebble = new PebbleEngine.Builder()
                .loader(new StringLoader())
                .autoEscaping(false)
                .newLineTrimming(false)
                .strictVariables(true)
                .cacheActive(false)
                .methodAccessValidator((object, method) -> false)
                .registerExtensionCustomizer(NothingFromPebble::new)
                .build();
    }

    /** Parses {@code source} once; later calls with the same text return the cached template. */
    public CompiledTemplate compile(String source) throws TemplateError {
        try {
            return (CompiledTemplate) cache.computeIfAbsent(source, key -> parse(source));
        } catch (CompileFailure failure) {
            throw failure.error;
        }
    }

    /** Renders with ibek's name resolution: {@code dict(context, **globals.variables-snapshot, _global=globals)}. */
    public String render(String source, Map<String, Object> context, GlobalStore globals) throws TemplateError {
        return compile(source).render(context, globals);
    }

    private JinjaTemplate parse(String source) {
        try {
            return new JinjaTemplate(pebble, Parser.parse(source), source, limits);
        } catch (TemplateError e) {
            throw new CompileFailure(e);
        } catch (StackOverflowError e) {
            throw new CompileFailure(new TemplateError(TemplateError.Kind.SYNTAX, "expression nested too deeply",
                    source, 0));
        }
    }

    /** Carries a parse error out of the cache's mapping function, which cannot throw checked exceptions. */
    private static final class CompileFailure extends RuntimeException {
        final TemplateError error;

        CompileFailure(TemplateError error) {
            super(null, null, false, false);
            this.error = error;
        }
    }

    /** Strips every core Pebble extension down to nothing. */
    private static final class NothingFromPebble extends ExtensionCustomizer {

        NothingFromPebble(Extension extension) {
            super(extension);
        }

        @Override
        public Map<String, Filter> getFilters() {
            return Map.of();
        }

        @Override
        public Map<String, Test> getTests() {
            return Map.of();
        }

        @Override
        public Map<String, Function> getFunctions() {
            return Map.of();
        }

        @Override
        public List<TokenParser> getTokenParsers() {
            return List.of();
        }

        @Override
        public List<BinaryOperator> getBinaryOperators() {
            return List.of();
        }

        @Override
        public List<UnaryOperator> getUnaryOperators() {
            return List.of();
        }

        @Override
        public Map<String, Object> getGlobalVariables() {
            return Map.of();
        }

        @Override
        public List<NodeVisitorFactory> getNodeVisitors() {
            return List.of();
        }

        @Override
        public List<AttributeResolver> getAttributeResolver() {
            return List.of();
        }
    }
}
