package org.iocrun.templating;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A text-only template (comments allowed) renders as its constant text without a context; that text must be what
 * the full render gives. The full render is forced by an empty expression in front, which outputs nothing and leaves the lexer's
 * handling of the text (line endings, the dropped trailing newline) as it is.
 */
class ConstantTextTest {

    private final JinjaEngine engine = new JinjaEngine();
    private final GlobalStore globals = new GlobalStore(k -> null);

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "BL01T-EA-TEST-01:", "two\nlines", "trailing newline\n", "two trailing\n\n",
            "windows\r\nline\r\n", "old mac\rline\r", "  indented  ", "{ not a tag }", "} {", "ünïcödé ✓",
            "%(P)s $(R)", "tab\there", "{# a comment #}text\n", "text{#- trimmed #}  \n",
            "{% raw %}{{ x }}{% endraw %}"})
    void aTextTemplateIsConstantAndRendersAsTheFullRenderWould(String source) throws TemplateError {
        Optional<String> constant = engine.compile(source).constantText();
        assertTrue(constant.isPresent(), source);
        assertEquals(engine.render("{{ '' }}" + source, Map.of(), globals), constant.get());
        assertEquals(constant.get(), engine.render(source, Map.of("x", 1), globals));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ x }}", "a{% if true %}b{% endif %}", "{{ '' }}"})
    void aTemplateWithSyntaxIsNot(String source) throws TemplateError {
        assertEquals(Optional.empty(), engine.compile(source).constantText());
    }
}
