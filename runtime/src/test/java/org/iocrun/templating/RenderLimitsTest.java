package org.iocrun.templating;

import org.iocrun.templating.nodes.RenderLimits;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates that would run for ever or build huge text stop at the render limits with a clear error naming the
 * limit and the template line, well within a second; ordinary templates are not affected.
 */
class RenderLimitsTest {

    private static final RenderLimits LIMITS = new RenderLimits(Duration.ofMillis(200), 10_000);
    private final JinjaEngine engine = new JinjaEngine(LIMITS);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '"', textBlock = """
            {% for i in range(10**6) %}{% for j in range(10**6) %}{% endfor %}{% endfor %}      § 200 ms § 1
            {% for i in range(10**12) %}{% endfor %}                                            § larger than the limit of 1000000 § 1
            {% for i in range(10**6) %}x{% endfor %}                                            § 10000 characters § 1
            {% for i in range(10**6) %}{{ i }}{% endfor %}                                      § 10000 characters § 1
            {% macro m(n) %}{% for i in range(10**6) %}{% for j in range(10**6) %}{% endfor %}{% endfor %}{% endmacro %}\\n{{ m(1) }}   § 200 ms § 1
            {% set s = 'x' * 6000 %}{{ s ~ s }}                                                § 10000 characters § 1
            line one\\n{% set ns = namespace(s='') %}{% for i in range(10**6) %}{% set ns.s = ns.s ~ 'abcdefgh' %}{% endfor %} § 10000 characters § 2
            {{ 'x' * 10**9 }}                                                                   § too large § 1
            {{ 'xy' * 4611686018427387904 }}                                                    § too large § 1
            {{ range(10**9)|list|length }}                                                      § larger than the limit of 1000000 § 1
            {{ range(10**9)|join }}                                                             § larger than the limit of 1000000 § 1
            {{ 'x'.ljust(10**9) }}                                                              § width 1000000000 is larger § 1
            {{ 'x'.center(10**9) }}                                                             § width 1000000000 is larger § 1
            {{ 'x'.zfill(10**9) }}                                                              § width 1000000000 is larger § 1
            {{ '%0999999999d' % 1 }}                                                            § is larger than the limit § 1
            {{ '%*d' % (999999999, 1) }}                                                        § is larger than the limit § 1
            {{ '%.99999999999999999999f' % 1.5 }}                                               § is larger than the limit § 1
            {{ '%.2000000d' % 1 }}                                                              § is larger than the limit of 1048576 § 1
            {{ '{:>999999999}'.format(1) }}                                                     § width 999999999 is larger § 1
            {{ '{:.99999999999999999999}'.format(1.5) }}                                        § is larger than the limit § 1
            {{ '{99999999999}'.format(1) }}                                                     § out of range § 1
            {{ 'ab'.replace('', 'x' * 10000) }}                                                 § 10000 characters § 1
            {{ (range(10**5)|list) * 10**4 }}                                                   § too large § 1
            {% for i in range(10**6) recursive %}{{ loop(range(10**6)) }}{% endfor %}         § recursion depth § 1
            """)
    void runawayTemplateStopsWithClearError(String template, String message, int line) {
        String source = template.replace("\\n", "\n");
        TemplateError error = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(TemplateError.class, () -> engine.render(source, Map.of(), new GlobalStore(k -> null))));
        assertTrue(error.jinjaMessage().contains(message), error.jinjaMessage());
        assertEquals(line, error.line(), error.jinjaMessage());
    }

    @Test
    void outputJustBelowTheLimitRenders() throws TemplateError {
        JinjaEngine patient = new JinjaEngine(new RenderLimits(Duration.ofSeconds(30), LIMITS.maxOutputChars()));
        String out = patient.render("{% for i in range(9999) %}x{% endfor %}", Map.of(), new GlobalStore(k -> null));
        assertEquals(9_999, out.length());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new RenderLimits(Duration.ZERO, 1));
        assertThrows(IllegalArgumentException.class, () -> new RenderLimits(Duration.ofSeconds(1), 0));
    }
}
