package org.iocrun.templating;

import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Templates reach only the value model and the documented functions: every way towards Java reflection, Pebble's
 * own objects or Python internals fails with a clear template error instead of reaching anything.
 */
class SandboxTest {

    private final JinjaEngine engine = new JinjaEngine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
            {{ ''.getClass() }}                                   § UNDEFINED § 'str object' has no attribute 'getClass'
            {{ ''.getClass().forName('java.lang.Runtime') }}      § UNDEFINED § 'str object' has no attribute 'getClass'
            {{ ''.__class__ }}                                    § UNDEFINED § 'str object' has no attribute '__class__'
            {{ ''.__class__.__mro__ }}                            § UNDEFINED § 'str object' has no attribute '__class__'
            {{ l.getClass() }}                                    § UNDEFINED § 'list object' has no attribute 'getClass'
            {{ l.iterator() }}                                    § UNDEFINED § 'list object' has no attribute 'iterator'
            {{ d.entrySet() }}                                    § UNDEFINED § 'dict object' has no attribute 'entrySet'
            {{ d.class }}                                         § UNDEFINED § 'dict object' has no attribute 'class'
            {{ (1).getClass() }}                                  § UNDEFINED § 'int object' has no attribute 'getClass'
            {{ (1.5).hashCode() }}                                § UNDEFINED § 'float object' has no attribute 'hashCode'
            {{ template }}                                        § UNDEFINED § 'template' is undefined
            {{ _context }}                                        § UNDEFINED § '_context' is undefined
            {{ locale }}                                          § UNDEFINED § 'locale' is undefined
            {{ range.__globals__ }}                               § UNDEFINED § has no attribute '__globals__'
            {{ range.getClass() }}                                § UNDEFINED § has no attribute 'getClass'
            {{ _global.getClass() }}                              § UNDEFINED § 'Utils object' has no attribute 'getClass'
            {{ _global.env }}                                     § UNDEFINED § 'Utils object' has no attribute 'env'
            {{ _global.__init__ }}                                § UNDEFINED § has no attribute '__init__'
            {{ _global.variables.getClass() }}                    § UNDEFINED § 'dict object' has no attribute 'getClass'
            {{ ''.upper.__self__ }}                               § UNDEFINED § has no attribute '__self__'
            {{ ''.upper.getClass() }}                             § UNDEFINED § has no attribute 'getClass'
            {% for x in [1] %}{{ loop.getClass() }}{% endfor %}   § UNDEFINED § 'LoopContext object' has no attribute 'getClass'
            {{ namespace().getClass() }}                          § UNDEFINED § 'Namespace object' has no attribute 'getClass'
            {{ cycler(1).items }}                                 § UNDEFINED § 'Cycler object' has no attribute 'items'
            {{ e.getClass() }}                                    § UNDEFINED § 'Entity object' has no attribute 'getClass'
            {{ e.fields }}                                        § UNDEFINED § 'Entity object' has no attribute 'fields'
            {{ e['getClass'] }}                                   § UNDEFINED § 'Entity object' has no attribute 'getClass'
            {{ ''|attr('getClass') }}                             § UNDEFINED § 'str object' has no attribute 'getClass'
            {{ 'x'.format.__globals__ }}                          § UNDEFINED § has no attribute '__globals__'
            {{ '{0.__class__}'.format('') }}                      § VALUE     § 'str' object has no attribute '__class__'
            {{ '{0.getClass}'.format('') }}                       § VALUE     § 'str' object has no attribute 'getClass'
            {% include '/etc/passwd' %}                           § TYPE      § no loader for this environment specified
            {% import 'x' as y %}                                 § TYPE      § no loader for this environment specified
            {% extends 'file:///etc/passwd' %}                    § TYPE      § no loader for this environment specified
            {{ 'x'() }}                                           § TYPE      § 'str' object is not callable
            """)
    void escapeAttemptFails(String template, TemplateError.Kind kind, String message) {
        GlobalStore globals = new GlobalStore(k -> null);
        Map<String, Object> context = Map.of("l", new ArrayList<>(List.of(1)), "d", new java.util.LinkedHashMap<>(),
                "e", JsonValues.context("{\"e\": {\"__id__\": \"E1\", \"P\": \"p\"}}", true).get("e"));
        TemplateError error = assertThrows(TemplateError.class, () -> engine.render(template, context, globals));
        assertEquals(kind, error.kind(), error.jinjaMessage());
        assertTrue(error.jinjaMessage().contains(message), error.jinjaMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {{ template is defined }}  | False
            {{ _context is defined }}  | False
            {{ ''.__len__ is defined }}| False
            {{ range is defined }}     | True
            """)
    void pebbleGlobalsAreInvisible(String template, String expected) throws TemplateError {
        assertEquals(expected, engine.render(template, Map.of(), new GlobalStore(k -> null)));
    }
}
