package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.templating.PyLiteral;
import org.iocrun.templating.nodes.CompiledTemplate;
import org.iocrun.templating.python.TemplateError;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * ibek's {@code Utils.render} plus {@code _coerce} (ibek-behaviour §3.1 engine configuration, §3.5 type coercion):
 * renders a template against a context with the run's globals and coerces the result. Only strings are rendered; other
 * values pass through unchanged.
 */
final class TemplateRenderer {

    private final RunContext run;

    TemplateRenderer(RunContext run) {
        this.run = run;
    }

    /** A render that failed: the template and what went wrong, worded like Jinja or Python. */
    static final class RenderFailure extends Exception {
        final String template;
        /** A {@code _global.incrementor} passed its stop: the instance's use of the counter is the cause. */
        final boolean counterOverflow;

        RenderFailure(String template, String message) {
            this(template, message, false);
        }

        private RenderFailure(String template, String message, boolean counterOverflow) {
            super(message, null, false, false);
            this.template = template;
            this.counterOverflow = counterOverflow;
        }

        /**
         * Where to report this failure: at the template in the support YAML, unless a counter overflowed; then at
         * the entity in the instance whose use of the counter went past its stop (the template is not wrong, the
         * instance has one entity too many), with the template's place in the hint.
         */
        Problem problem(SourcePosition template, SourcePosition use, String message) {
            String templateHint = EntityFactory.hint(this);
            return counterOverflow && use.hasLine()
                    ? Problem.error(use, message, "this entity takes the counter past its stop; the counter is "
                            + "advanced at " + template + ", " + templateHint)
                    : Problem.error(template, message, templateHint);
        }
    }

    Object render(Object value, Map<String, Object> context, Coercion coercion) throws RenderFailure {
        if (!(value instanceof String template)) {
            return value;
        }
        String rendered = renderText(template, context);
        Coercion effective = coercion == Coercion.IMPLICIT ? implicitCoercion(template) : coercion;
        if (effective == Coercion.NONE || effective == Coercion.IMPLICIT) {
            return rendered;
        }
        try {
            return PythonConversions.apply(effective, PyLiteral.literalEval(rendered));
        } catch (TemplateError e) {
            throw new RenderFailure(template, "cannot read the result '" + rendered + "' as a Python literal for "
                    + effective.name().toLowerCase(java.util.Locale.ROOT) + ": " + e.jinjaMessage());
        } catch (PythonConversions.ConversionError e) {
            throw new RenderFailure(template, e.getMessage());
        }
    }

    /** Renders to text with ibek's names: the context, then ioc_name and ioc_yaml_file_name (keyword arguments win). */
    String renderText(String template, Map<String, Object> context) throws RenderFailure {
        try {
            CompiledTemplate compiled = run.engine.compile(template);
            Optional<String> constant = compiled.constantText();
            if (constant.isPresent()) {
                return constant.get();
            }
            Map<String, Object> names = new LinkedHashMap<>(context);
            names.put("ioc_yaml_file_name", run.iocYamlFileName);
            names.put("ioc_name", run.iocName);
            return compiled.render(names, run.globals);
        } catch (TemplateError e) {
            throw new RenderFailure(template, e.jinjaMessage() + TemplateSuggestions.forFailure(e, context),
                    e.kind() == TemplateError.Kind.COUNTER);
        }
    }

    /**
     * ibek searches the template text with {@code \| *([a-z]*) *}}} and coerces the whole result when the first
     * match names int, float, bool, list or dict. Written out by hand: this runs for every database argument.
     */
    static Coercion implicitCoercion(String template) {
        int bar = template.indexOf('|');
        while (bar >= 0) {
            int i = bar + 1;
            while (i < template.length() && template.charAt(i) == ' ') {
                i++;
            }
            int wordStart = i;
            while (i < template.length() && template.charAt(i) >= 'a' && template.charAt(i) <= 'z') {
                i++;
            }
            String word = template.substring(wordStart, i);
            while (i < template.length() && template.charAt(i) == ' ') {
                i++;
            }
            if (template.startsWith("}}", i)) {
                return Coercion.ofFilterWord(word);
            }
            bar = template.indexOf('|', bar + 1);
        }
        return Coercion.NONE;
    }
}
