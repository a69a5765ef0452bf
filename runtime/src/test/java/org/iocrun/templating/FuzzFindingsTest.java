package org.iocrun.templating;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What fuzzing (the None rows) and the review of the limits (the index row) found in the template engine, each
 * now a clear template error of the kind Python raises; TemplateFuzzTest also replays the raw inputs.
 */
class FuzzFindingsTest {

    private final JinjaEngine engine = new JinjaEngine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {{ "{:>5}".format(None) }}        § TYPE  § unsupported format string passed to NoneType.__format__
            {{ "{:>5}".format(none) }}        § TYPE  § unsupported format string passed to NoneType.__format__
            {{ '{99999999999}'.format(1) }}   § VALUE § Replacement index 99999999999 out of range
            """)
    void failsWithATemplateError(String template, TemplateError.Kind kind, String message) {
        TemplateError error = assertThrows(TemplateError.class,
                () -> engine.render(template, Map.of(), new GlobalStore(k -> null)));
        assertEquals(kind, error.kind(), error.jinjaMessage());
        assertTrue(error.jinjaMessage().contains(message), error.jinjaMessage());
    }
}
