package org.iocrun.generation;

import org.iocrun.model.Suggestions;
import org.iocrun.templating.builtins.Filters;
import org.iocrun.templating.builtins.Globals;
import org.iocrun.templating.python.TemplateError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Did you mean" for a template that names a variable or filter that does not exist: the names it could have meant
 * are the entity's fields and ibek's globals, or Jinja's filters. Jinja's own message stays as it is (the
 * conformance vectors match it); the suggestion is added after it.
 */
final class TemplateSuggestions {

    /** Jinja's {@code 'name' is undefined} for a top-level name (not an attribute or item). */
    private static final Pattern UNDEFINED_NAME = Pattern.compile("^'([A-Za-z_][A-Za-z0-9_]*)' is undefined$");
    /** Jinja's unknown-filter messages, at compile time and at render time. */
    private static final Pattern UNKNOWN_FILTER = Pattern.compile("^No filter named '([^']+)'");
    /** The names ibek adds to every render (TemplateRenderer.renderText) and its {@code _global} object. */
    private static final List<String> IBEK_NAMES = List.of("ioc_name", "ioc_yaml_file_name", "_global");

    private TemplateSuggestions() {
    }

    /** {@code "; did you mean X?"} for an unknown variable or filter that is close to a known one, else "". */
    static String forFailure(TemplateError e, Map<String, Object> context) {
        String message = e.jinjaMessage();
        Matcher name = UNDEFINED_NAME.matcher(message);
        if (e.kind() == TemplateError.Kind.UNDEFINED && name.find()) {
            List<String> known = new ArrayList<>(context.keySet());
            known.addAll(IBEK_NAMES);
            known.addAll(Globals.NAMES.keySet());
            return suffix(Suggestions.closest(name.group(1), known, 3));
        }
        Matcher filter = UNKNOWN_FILTER.matcher(message);
        if (filter.find()) {
            return suffix(Suggestions.closest(filter.group(1), Filters.names(), 3));
        }
        return "";
    }

    private static String suffix(List<String> names) {
        String didYouMean = Suggestions.didYouMean(names);
        return didYouMean.isEmpty() ? "" : "; " + didYouMean;
    }
}
