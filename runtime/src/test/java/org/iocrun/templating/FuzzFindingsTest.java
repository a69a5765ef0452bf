package org.iocrun.templating;

import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
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

    /**
     * Precisions far beyond a double's exact digits (fuzzing found {@code '%.6000001f'} taking seconds) print
     * Python's zeros; expected values from Python 3.11.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {{ ('%.0000900001f' % 2.4) | length }}  § 900003
            {{ ('%.1100f' % 2.4)[:60] }}             § 2.3999999999999999111821580299874767661094665527343750000000
            {{ ('%.1100f' % 2.4)[-3:] }}             § 000
            {{ ('%.2000e' % 1e300) | length }}      § 2007
            {{ ('%.800e' % 0.1)[-6:] }}              § 00e-01
            {{ ('%.1500g' % 2.4)[-20:] }}            § 76766109466552734375
            {{ ('%#.1500g' % 2.4)[-5:] }}            § 00000
            {{ ('%.1080f' % 5e-324) | length }}     § 1082
            {{ ('%.1200f' % 3.0)[:4] }}              § 3.00
            {{ '%.2000g' % 1e22 }}                   § 10000000000000000000000
            {{ '{:.1200f}'.format(1e22)[-3:] }}      § 000
            """)
    void hugePrecisionsPrintPythonsZeros(String template, String expected) throws TemplateError {
        assertEquals(expected, engine.render(template, Map.of(), new GlobalStore(k -> null)));
    }
}
