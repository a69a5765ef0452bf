package org.iocrun.templating;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The renders of Jinja2 3.1.6's own test suite (pallets/jinja {@code tests/test_*.py}) that iocrun once rendered
 * differently, plus neighbours of them. Each expected value is what Jinja2's rules give, with the reason in the
 * comment above its row group; templates use {@code ⏎} for a newline.
 */
class JinjaOwnSuiteTest {

    private final JinjaEngine engine = new JinjaEngine();

    private String render(String template) throws TemplateError {
        return engine.render(template.replace("⏎", "\n"), Map.of(), new GlobalStore(k -> null));
    }

    /*
     * Closures. Jinja compiles a macro or call block body to a Python function nested in the function of the
     * frame that defines it, and idtracking resolves a name the body reads to the enclosing frame's variable when
     * any enclosing frame stores it (Symbols.find_ref walks the parents): so the body reads the loop variable, a
     * {% set %} of the loop, or an enclosing macro's parameter, as a Python closure does at call time.
     * - test_core_tags TestForLoop.test_call_in_loop: the call body reads the loop's i → [1][2][3].
     * - the macro reads the loop's i and the loop's set x (x = i * 10) → 1-10;2-20;
     * - test_regression test_macro_scoping: x(l) defined per iteration pops l recursively, x found by closure
     *   → 3 2 1, 5 4 3, 7 6 5.
     * - test_core_tags TestMacros.test_scoping: level2 reads level1's parameter data1 → foo|bar.
     * - a call block inside a macro reads the macro's parameter p → (x).
     * - test_regression test_macro_var_bug_advanced: the inner loop's i shadows outer's set i → 0123456789.
     * - a set after the macro's definition but before its call is seen (closure cells are read at call time) → 2.
     * - closures are lexical: a macro defined at the top never sees the loop variable of its caller → False.
     * - a recursive loop is a function defined where the loop is: the nested iterations start from the loop's
     *   surroundings, not from the calling iteration, so y (set after being read) is undefined in each
     *   → FalseFalseFalse.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% macro do_something() %}[{{ caller() }}]{% endmacro %}{% for i in [1, 2, 3] %}{% call do_something() %}{{ i }}{% endcall %}{% endfor %} § [1][2][3]
            {% for i in [1, 2] %}{% set x = i * 10 %}{% macro m() %}{{ i }}-{{ x }}{% endmacro %}{{ m() }};{% endfor %} § 1-10;2-20;
            {% set n = [1, 2, 3, 4, 5] %}{% for n in [[1, 2, 3], [3, 4, 5], [5, 6, 7]] %}{% macro x(l) %}{{ l.pop() }} {% if l %}{{ x(l) }}{% endif %}{% endmacro %}{{ x(n) }}{% endfor %} § `3 2 1 5 4 3 7 6 5 `
            {% macro level1(data1) %}{% macro level2(data2) %}{{ data1 }}|{{ data2 }}{% endmacro %}{{ level2('bar') }}{% endmacro %}{{ level1('foo') }} § foo|bar
            {% macro wrap() %}({{ caller() }}){% endmacro %}{% macro outer(p) %}{% call wrap() %}{{ p }}{% endcall %}{% endmacro %}{{ outer('x') }} § (x)
            {% macro outer() %}{% set i = 1 %}{% macro test() %}{% for i in range(0, 10) %}{{ i }}{% endfor %}{% endmacro %}{{ test() }}{% endmacro %}{{ outer() }} § 0123456789
            {% for i in [1] %}{% macro m() %}{{ y }}{% endmacro %}{% set y = i + 1 %}{{ m() }}{% endfor %} § 2
            {% macro m() %}{{ v is defined }}{% endmacro %}{% for v in [1] %}{{ m() }}{% endfor %} § False
            {% for x in [[1], 2] recursive %}{{ y is defined }}{% set y = 1 %}{% if x is iterable %}{{ loop(x) }}{% endif %}{% endfor %} § FalseFalseFalse
            """)
    void closuresSeeTheirDefiningScopes(String template, String expected) throws TemplateError {
        assertEquals(expected, render(template));
    }

    /*
     * caller as a declared parameter (test_regression test_double_caller): with a default it is an ordinary
     * parameter that Macro.__call__ fills from the call block's caller keyword, so x() gets none and the call
     * block gets its body → [][aha!].
     * test_core_tags TestMacros.test_complex_call: caller('data') passes data to the call block → [[data]].
     * Namespace tuple assignment (test_core_tags TestSet.test_namespace_set_tuple): parse_assign_target with
     * with_namespace accepts ns.a, ns.b as a tuple of NSRefs; both right-hand values use the old values → 13|37.
     * test_core_tags TestForLoop.test_intended_scoping_with_set: each iteration resolves x again before its set
     * → 919293.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% macro x(caller=none) %}[{% if caller %}{{ caller() }}{% endif %}]{% endmacro %}{{ x() }}{% call x() %}aha!{% endcall %} § [][aha!]
            {% macro test() %}[[{{ caller('data') }}]]{% endmacro %}{% call(data) test() %}{{ data }}{% endcall %} § [[data]]
            {% set ns = namespace(a=12, b=36) %}{% set ns.a, ns.b = ns.a + 1, ns.b + 1 %}{{ ns.a }}|{{ ns.b }} § 13|37
            {% set x = 9 %}{% for item in [1, 2, 3] %}{{ x }}{% set x = item %}{{ x }}{% endfor %} § 919293
            """)
    void macroCallsAndAssignments(String template, String expected) throws TemplateError {
        assertEquals(expected, render(template));
    }

    /*
     * Compile-time errors (TemplateAssertionError, a TemplateSyntaxError):
     * - test_regression test_double_caller_no_default: a body using caller with caller declared without default.
     * - the same rule for a call block (both compile through CodeGenerator.macro_body).
     * - test_core_tags TestForLoop.test_loop_unassignable: visit_For fails on any Name stored as loop anywhere in
     *   the For node (find_all), the target or a set in its body.
     * Render-time TypeErrors of Macro.__call__: a call block's caller given to a macro that does not use caller,
     * and a keyword repeating a positional parameter (left in kwargs, so "takes no keyword argument").
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% macro x(caller) %}[{% if caller %}{{ caller() }}{% endif %}]{% endmacro %} § SYNTAX § When defining macros or call blocks the special "caller" argument must be omitted or be given a default.
            {% macro m() %}{% endmacro %}{% call(caller) m() %}{{ caller }}{% endcall %} § SYNTAX § When defining macros or call blocks the special "caller" argument must be omitted or be given a default.
            {% for loop in [1] %}...{% endfor %}                              § SYNTAX § Can't assign to special loop variable in for-loop target
            {% for x in [1] %}{% set loop = 2 %}{% endfor %}                  § SYNTAX § Can't assign to special loop variable in for-loop target
            {% for a, loop in [[1, 2]] %}{% endfor %}                         § SYNTAX § Can't assign to special loop variable in for-loop target
            {% macro m() %}x{% endmacro %}{% call m() %}y{% endcall %}        § TYPE   § macro 'm' was invoked with two values for the special caller argument. This is most likely a bug.
            {% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, a=2) }}               § TYPE   § macro 'm' takes no keyword argument 'a'
            """)
    void failsAsJinjaDoes(String template, TemplateError.Kind kind, String message) {
        TemplateError error = assertThrows(TemplateError.class, () -> render(template));
        assertEquals(kind, error.kind(), error.jinjaMessage());
        assertEquals(message, error.jinjaMessage());
    }
}
