package org.iocrun.templating.nodes;

import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;

import java.util.Map;
import java.util.Optional;

/** A parsed template; rendering it never parses again. Thread-safe: renders share no state. */
public interface CompiledTemplate {

    /**
     * Renders with ibek's name resolution: {@code dict(context, **globals.variables-snapshot, _global=globals)}.
     * The output is all-or-nothing: on failure nothing is returned.
     */
    String render(Map<String, Object> context, GlobalStore globals) throws TemplateError;

    /** The template source as given to the engine. */
    String source();

    /**
     * The output of every render when the template is text only (no expression, statement or comment), else
     * empty. Most values in support and instance YAML are such text; a caller can then skip building a context.
     */
    Optional<String> constantText();
}
