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
     * A macro that catches kwargs gets the call block's caller there; the caller macro has no name, which
     * Macro.__repr__ prints as anonymous.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% macro x(caller=none) %}[{% if caller %}{{ caller() }}{% endif %}]{% endmacro %}{{ x() }}{% call x() %}aha!{% endcall %} § [][aha!]
            {% macro test() %}[[{{ caller('data') }}]]{% endmacro %}{% call(data) test() %}{{ data }}{% endcall %} § [[data]]
            {% set ns = namespace(a=12, b=36) %}{% set ns.a, ns.b = ns.a + 1, ns.b + 1 %}{{ ns.a }}|{{ ns.b }} § 13|37
            {% set x = 9 %}{% for item in [1, 2, 3] %}{{ x }}{% set x = item %}{{ x }}{% endfor %} § 919293
            {% macro m() %}{{ kwargs }}{% endmacro %}{% call m() %}x{% endcall %}        § {'caller': <Macro anonymous>}
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
     * - parse_assign_target checks can_assign on the whole tuple, so the message names the tuple.
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
            {% set a, 1 = [1, 2] %}                                           § SYNTAX § can't assign to 'tuple'
            {% macro m() %}x{% endmacro %}{% call m() %}y{% endcall %}        § TYPE   § macro 'm' was invoked with two values for the special caller argument. This is most likely a bug.
            {% macro m(a) %}{{ a }}{% endmacro %}{{ m(1, a=2) }}               § TYPE   § macro 'm' takes no keyword argument 'a'
            """)
    void failsAsJinjaDoes(String template, TemplateError.Kind kind, String message) {
        TemplateError error = assertThrows(TemplateError.class, () -> render(template));
        assertEquals(kind, error.kind(), error.jinjaMessage());
        assertEquals(message, error.jinjaMessage());
    }

    /*
     * A frame's starting values (idtracking Symbols.store/load and CodeGenerator.enter_frame), with the context
     * x='ctx': a name whose first mention in a frame is a store, and that no enclosing frame mentions, starts as
     * "missing", so whatever reads it through the frame's variable before the store runs (a macro defined
     * earlier, a loop or loop filter earlier in the template) gets an undefined value, not the context's; a name
     * read first is resolved from the context when the frame starts. An if stores a name for the frame only when
     * every branch stores it (branch_update), else the name is resolved. A macro binds its given arguments
     * first, then takes the defaults in order, so a default naming a later parameter sees that parameter
     * (test_core_tags TestMacros.test_macro_defaults_self_ref) or, when it was not given, an undefined value. A
     * block is a frame of its own.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {{ x }}{% set x = 5 %}{{ x }}                                                                § ctx5
            {% macro m() %}{{ x }}{% endmacro %}{{ m() }}{% if false %}{% set x = 2 %}{% endif %}         § ctx
            {% macro m() %}{{ x }}{% endmacro %}{% if false %}{% set x = 2 %}{% else %}{% set x = 3 %}{% endif %}{{ m() }} § 3
            {% macro m(a, b=x, x=23) %}{{ a }}|{{ b }}|{{ x }}{% endmacro %}{{ m(1, x=7) }}               § 1|7|7
            {% macro m(a, b=x, x=23) %}{{ b is defined }}|{{ x }}{% endmacro %}{{ m(1) }}                  § False|23
            {% block b %}{{ x }}{% set x = 2 %}{{ x }}{% endblock %}                                      § ctx2
            {% for i in [1] %}{% set x = x ~ i %}{% macro m() %}{{ x }}{% endmacro %}{% endfor %}{{ x }}   § ctx
            """)
    void framesStartAsJinjasDo(String template, String expected) throws TemplateError {
        assertEquals(expected, engine.render(template, Map.of("x", "ctx"), new GlobalStore(k -> null)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% macro m() %}{{ x }}{% endmacro %}{{ m() }}{% set x = 5 %}
            {% for i in [1] %}{{ x }}{% endfor %}{% set x = 5 %}
            {% for i in [1, 2] if x %}{{ i }}{% endfor %}{% set x = 3 %}
            {% with a = 1 %}{% macro m() %}{{ x }}{% endmacro %}{{ m() }}{% set x = 2 %}{% endwith %}
            """)
    void storedFirstStartsUndefined(String template) {
        TemplateError error = assertThrows(TemplateError.class,
                () -> engine.render(template, Map.of("x", "ctx"), new GlobalStore(k -> null)));
        assertEquals(TemplateError.Kind.UNDEFINED, error.kind(), error.jinjaMessage());
        assertEquals("'x' is undefined", error.jinjaMessage());
    }

    /*
     * Filter edges.
     * - do_int: int("1e10000") is a ValueError, then int(float("1e10000")) = int(inf) an OverflowError, which 3.1
     *   catches with ValueError and TypeError → the default 0 (test_filters test_int); "inf" likewise; "nan" gives
     *   int(nan)'s ValueError → the default.
     * - do_map: "if value:" guards the whole body, so a false value (none, "", 0) maps to nothing without even
     *   looking its filter up → [].
     * - do_pprint is pprint.pformat: width 80 (the line's repr plus its closing characters within it), dict keys sorted (sort_dicts), a list, tuple or dict whose repr
     *   does not fit one item per line indented by one, a string split after its spaces into parenthesized
     *   literals (test_filters test_pprint compares with pformat(list(range(1000)))).
     * - do_urlize (test_filters test_urlize, test_urlize_target_parameter, test_urlize_extra_schemes_parameter):
     *   bare domains of the well-known TLDs and www. get https://, mailto: and bare addresses link without rel,
     *   rel is the sorted set of rel words + nofollow + the policy's noopener, leading ( and trailing ) . , stay
     *   outside the link unless they balance the URL's own parentheses, the text is HTML-escaped first, and an
     *   extra scheme must match _uri_scheme_re.
     * - keys Python cannot order (None, int, str) fall back to their type names in _safe_key.
     * - repr of a StrictUndefined is Undefined.__repr__ → Undefined.
     * - do_round with ceil/floor is math.ceil(value * 10 ** precision) / 10 ** precision: exact for ints, then a
     *   true division → a float.
     * - do_urlencode unpacks each item of a list as k, v.
     * - do_reverse lists and reverses what reversed() refuses, such as map's generator → a list.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {{ "1e10000"|int }}|{{ "inf"|int }}|{{ "nan"|int(7) }}|{{ "-1e400"|int(3) }} § 0|0|7|3
            {{ "32.32"|int }}|{{ "12345678901234567890"|int }}|{{ "abc"|int }}       § 32|12345678901234567890|0
            {{ none|map("upper")|list }}|{{ none|map("no_such_filter")|list }}|{{ ""|map(attribute="x")|list }}|{{ 0|map("upper")|list }} § []|[]|[]|[]
            {{ ["a"]|map("upper")|list }}                                               § ['A']
            {{ {'b': 1, 'a': [1, 2]}|pprint }}                                           § {'a': [1, 2], 'b': 1}
            {{ (range(1000)|list|pprint)[:12] }}|{{ (range(1000)|list|pprint)[-10:] }}  § `[0,⏎ 1,⏎ 2,⏎|998,⏎ 999]`
            {{ range(22)|list|pprint }}                                                  § [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21]
            {{ range(23)|list|pprint }}                                                  § `[0,⏎ 1,⏎ 2,⏎ 3,⏎ 4,⏎ 5,⏎ 6,⏎ 7,⏎ 8,⏎ 9,⏎ 10,⏎ 11,⏎ 12,⏎ 13,⏎ 14,⏎ 15,⏎ 16,⏎ 17,⏎ 18,⏎ 19,⏎ 20,⏎ 21,⏎ 22]`
            {{ {1: 'a', 'b': 2, none: 3}|pprint }}                                      § {None: 3, 1: 'a', 'b': 2}
            {{ {'zeta': 'z' * 40, 'alpha': ['a' * 30, 'b' * 30], 'mid': (1, 'x' * 70)}|pprint }} § `{'alpha': ['aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'],⏎ 'mid': (1,⏎         'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),⏎ 'zeta': 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz'}`
            {{ ('lorem ipsum ' * 10)|pprint }}                                           § `('lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum '⏎ 'lorem ipsum lorem ipsum lorem ipsum lorem ipsum ')`
            {{ ('line one\\nline two ' * 8)|pprint }}                                    § `('line one\\n'⏎ 'line two line one\\n'⏎ 'line two line one\\n'⏎ 'line two line one\\n'⏎ 'line two line one\\n'⏎ 'line two line one\\n'⏎ 'line two line one\\n'⏎ 'line two line one\\n'⏎ 'line two ')`
            {{ [('lorem ipsum ' * 8) ~ 'end']|pprint }}                                  § `['lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum lorem ipsum '⏎ 'lorem ipsum lorem ipsum end']`
            {{ "foo example.org bar"|urlize }}                                           § foo <a href="https://example.org" rel="noopener">example.org</a> bar
            {{ "foo http://www.example.com/ bar"|urlize }}                               § foo <a href="http://www.example.com/" rel="noopener">http://www.example.com/</a> bar
            {{ "foo mailto:email@example.com bar"|urlize }}                              § foo <a href="mailto:email@example.com">email@example.com</a> bar
            {{ "foo email@example.com bar"|urlize }}                                     § foo <a href="mailto:email@example.com">email@example.com</a> bar
            {{ "foo http://www.example.com/ bar"|urlize(target="_blank") }}              § foo <a href="http://www.example.com/" rel="noopener" target="_blank">http://www.example.com/</a> bar
            {{ "foo tel:+1-514-555-1234 ftp://localhost bar"|urlize(extra_schemes=["tel:", "ftp:"]) }} § foo <a href="tel:+1-514-555-1234" rel="noopener">tel:+1-514-555-1234</a> <a href="ftp://localhost" rel="noopener">ftp://localhost</a> bar
            {{ "(see http://example.com/a). and http://en.wikipedia.org/wiki/Foo_(bar)."|urlize }} § (see <a href="http://example.com/a" rel="noopener">http://example.com/a</a>). and <a href="http://en.wikipedia.org/wiki/Foo_(bar)" rel="noopener">http://en.wikipedia.org/wiki/Foo_(bar)</a>.
            {{ "www.x.com, foo.bar"|urlize(nofollow=true, rel="me") }}                   § <a href="https://www.x.com" rel="me nofollow noopener">www.x.com</a>, foo.bar
            {{ "http://example.com/very/long"|urlize(10) }}                              § <a href="http://example.com/very/long" rel="noopener">http://exa...</a>
            {{ "<http://a.com/?x=1&y=2>"|urlize }}                                       § &lt;<a href="http://a.com/?x=1&amp;y=2" rel="noopener">http://a.com/?x=1&amp;y=2</a>&gt;
            {{ "http://127.0.0.1:8080/x @a@b.com"|urlize }}                              § <a href="http://127.0.0.1:8080/x" rel="noopener">http://127.0.0.1:8080/x</a> @a@b.com
            {{ [nope] }}                                                                 § [Undefined]
            {{ 5|round(1, "ceil") }}|{{ 2.21|round(1, "floor") }}|{{ 12345678901234567890|round(1, "ceil") }} § 5.0|2.2|1.2345678901234567e+19
            {{ [["a b", "&"]]|urlencode }}                                               § a+b=%26
            {{ ["a", "b"]|map("upper")|reverse }}                                        § ['B', 'A']
            """)
    void filtersAsJinja(String template, String expected) throws TemplateError {
        assertEquals(expected.replace("⏎", "\n"), render(template));
    }

    /*
     * do_int tries int(value) first for a float, and only catches ValueError and TypeError there, so infinity's
     * OverflowError escapes; do_urlize raises FilterArgumentError (a TemplateRuntimeError) for a scheme that does
     * not match _uri_scheme_re. Neighbours found comparing every filter with real Jinja2: round's ceil/floor
     * take math.ceil/floor's errors; urlencode's "for k, v in items" unpacking errors; min and max share
     * _min_or_max's empty hint; last is next(reversed(seq)); filesizeformat is float(value); reverse raises
     * FilterArgumentError for a value it cannot list.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% set x = 'inf' %}{{ x|float|int }}          § ARITHMETIC § cannot convert float infinity to integer
            {{ "x"|urlize(extra_schemes=["tel"]) }}      § RUNTIME    § 'tel' is not a valid URI scheme prefix.
            {{ "abc"|round(1, "ceil") }}                 § TYPE       § must be real number, not str
            {% set x = "inf" %}{{ x|float|round(0, "floor") }} § ARITHMETIC § cannot convert float infinity to integer
            {{ [{"a": 1}]|urlencode }}                   § VALUE      § not enough values to unpack (expected 2, got 1)
            {{ [3]|urlencode }}                          § TYPE       § cannot unpack non-iterable int object
            {{ [[1, 2, 3]]|urlencode }}                  § VALUE      § too many values to unpack (expected 2)
            {{ []|max }}                                 § UNDEFINED  § No aggregated item, sequence was empty.
            {{ []|min }}                                 § UNDEFINED  § No aggregated item, sequence was empty.
            {{ none|last }}                              § TYPE       § 'NoneType' object is not reversible
            {{ [1]|filesizeformat }}                     § TYPE       § float() argument must be a string or a real number, not 'list'
            {{ none|reverse }}                           § RUNTIME    § argument must be iterable
            """)
    void filterErrorsAsJinja(String template, TemplateError.Kind kind, String message) {
        TemplateError error = assertThrows(TemplateError.class, () -> render(template));
        assertEquals(kind, error.kind(), error.jinjaMessage());
        assertEquals(message, error.jinjaMessage());
    }
}
