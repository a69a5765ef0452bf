package org.iocrun.templating;

import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Jinja features the vectors do not cover (macros, call and filter blocks, with, recursive loops, the less common
 * filters) and more Python formatting. Expected outputs are what Jinja2 3.1 / CPython 3.11 produce. Templates use
 * {@code ⏎} for a newline.
 */
class TemplateFeaturesTest {

    private final JinjaEngine engine = new JinjaEngine();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', quoteCharacter = '`', textBlock = """
            {% macro m(a, b=2) %}{{ a }}-{{ b }}{% endmacro %}{{ m(1) }}|{{ m(1, b=3) }}|{{ m(b=4, a=5) }} § 1-2|1-3|5-4
            {% macro m() %}{{ varargs }}{{ kwargs }}{% endmacro %}{{ m(1, 2, k=3) }}             § (1, 2){'k': 3}
            {% macro m(a) %}{{ a is defined }}{% endmacro %}{{ m() }}                             § False
            {% macro m(a, b=a * 2) %}{{ b }}{% endmacro %}{{ m(4) }}                              § 8
            {% set top = 'T' %}{% macro m() %}{{ top }}{% endmacro %}{{ m() }}                    § T
            {% macro w(x) %}<{{ caller(x + 1) }}>{% endmacro %}{% call(y) w(1) %}y={{ y }}{% endcall %} § <y=2>
            {% macro m() %}x{% endmacro %}{{ m.name }} {{ m.arguments }}                          § m ()
            {% filter upper %}ab{{ 'c' }}{% endfilter %}                                          § ABC
            {% filter trim | replace('a', 'b') %}  aa  {% endfilter %}                             § bb
            {% with a = 1, b = 2 %}{{ a + b }}{% endwith %}{{ a is defined }}                     § 3False
            {% set a = 5 %}{% with a = a + 1, b = a %}{{ a }}{{ b }}{% endwith %}{{ a }}          § 655
            {% set x | upper %}ab{{ 1 }}{% endset %}{{ x }}                                       § AB1
            {% for i in [[1, [2]], [3]] recursive %}[{% if i is iterable %}{{ loop(i) }}{% else %}{{ i }}{% endif %}]{% endfor %} § [[1][[2]]][[3]]
            {% for i in [[1], 2] recursive %}{{ loop.depth }}{% if i is iterable %}{{ loop(i) }}{% endif %}{% endfor %} § 121
            {% for a in [1, 1, 2] %}{{ loop.changed(a) }} {% endfor %}                           § True False True␠
            {% for a in 'xyz' %}{{ loop.nextitem | default('-') }}{% endfor %}                    § yz-
            {% set l = [1] %}{% for x in l %}{% if x < 3 %}{% set _ = l.append(x + 1) %}{% endif %}{{ x }}{% endfor %} § 123
            {% for x in range(6) if x is even %}{{ loop.index }}/{{ loop.length }}{{ ',' if not loop.last }}{% endfor %} § 1/3,2/3,3/3
            {% for x in [1, 2] | map('string') %}{{ loop.revindex }}{{ x }}{% endfor %}           § 2112
            {% set c = cycler('a', 'b') %}{{ c.next() }}{{ c.next() }}{{ c.next() }}{{ c.current }} § abab
            {% set j = joiner('|') %}{% for x in [1, 2, 3] %}{{ j() }}{{ x }}{% endfor %}          § 1|2|3
            {% set ns = namespace(items=[]) %}{% for i in range(2) %}{% set ns.items = ns.items + [i] %}{% endfor %}{{ ns.items }} § [0, 1]
            {{ dict(a=1, b=2) }} {{ dict([('x', 1)]) }}                                            § {'a': 1, 'b': 2} {'x': 1}
            {% block body %}inside{% endblock %}                                                  § inside
            {% print 1 + 1, 'x' %}                                                                § 2x
            {{ {'b': 1, 'A': 2} | dictsort }}                                                     § [('A', 2), ('b', 1)]
            {{ {'b': 1, 'a': 2} | dictsort(by='value', reverse=true) }}                            § [('a', 2), ('b', 1)]
            {% for g in rows | groupby('k') %}{{ g.grouper }}={{ g.list | map(attribute='v') | join(',') }};{% endfor %} § a=1,3;b=2;
            {{ [1, 2, 3, 4, 5] | batch(2) | list }}                                               § [[1, 2], [3, 4], [5]]
            {{ [1, 2, 3] | batch(2, 0) | list }}                                                  § [[1, 2], [3, 0]]
            {{ [1, 2, 3, 4, 5] | slice(2) | list }}                                               § [[1, 2, 3], [4, 5]]
            {{ {'b': 1, 'a': [true, none, 'x<']} | tojson }}                                       § {"a": [true, null, "x\\u003c"], "b": 1}
            {{ 'a⏎b' | indent(2) }}|{{ 'a⏎⏎b' | indent(2, true) }}                                 § `a⏎  b|  a⏎⏎  b`
            {{ 'hello world foo' | truncate(9) }}|{{ 'hello world foo' | truncate(9, true) }}     § hello...|hello ...
            {{ 'a b-c d_e' | wordcount }}                                                         § 4
            [{{ 'ab' | center(6) }}]                                                              § [  ab  ]
            {{ 1000000 | filesizeformat }} {{ 1024 | filesizeformat(true) }} {{ 300 | filesizeformat }} {{ 1 | filesizeformat }} § 1.0 MB 1.0 KiB 300 Bytes 1 Byte
            {{ 'a b/c' | urlencode }} {{ {'a': 'x y', 'b': '&'} | urlencode }}                    § a%20b/c a=x+y&b=%26
            [{{ {'class': 'x', 'id': none} | xmlattr }}]                                          § [ class="x"]
            {{ '<b>a</b>  &amp;  b' | striptags }}                                                § a & b
            {{ '<a href="x">' | e }}                                                              § &lt;a href=&#34;x&#34;&gt;
            {{ [{'n': 3}, {'n': 1}] | min(attribute='n') }} {{ ['b', 'A', 'c'] | max }}           § {'n': 1} c
            {{ [{'n': 3}, {'n': 1}] | sum(attribute='n', start=10) }}                             § 14
            {{ 'abcdef'[-2:] }} {{ 'abcdef'[4:1:-1] }} {{ [1, 2, 3][::-2] }} {{ range(10)[2:8:3] }} § ef edc [3, 1] range(2, 8, 3)
            {{ '%s' % {'a': 1} }} {{ 'x' ~ [1] }} {{ 10 // 3.0 }} {{ -7 // 2.0 }}                  § {'a': 1} x[1] 3.0 -4.0
            {{ '%5.1f|%+d|% d|%05d' % (-2.25, 5, 5, -42) }}                                       § ` -2.2|+5| 5|-0042`
            {{ '%e|%.3g|%g|%#o|%c|%r|%.2s' % (12345.678, 0.0001234, 0.00001, 8, 65, 'a', 'abc') }} § 1.234568e+04|0.000123|1e-05|0o10|A|'a'|ab
            {{ '%*d|%-*d|' % (5, 42, 4, 1) }} {{ '%x' % -255 }} {{ '%.0e' % 12345 }}              § `   42|1   | -ff 1e+04`
            {{ '{:,}|{:_x}|{:+.2e}|{:^7}|{:*>6}'.format(1234567, 255255, 1234.5, 'ab', 3.5) }}  § `1,234,567|3_e517|+1.23e+03|  ab   |***3.5`
            {{ '{!r}|{[1]}|{:08.3f}|{:.3}|{:.3}|{:%}|{:b}|{:#x}|{:=+6}'.format('x', [5, 6], -3.14159, 1.0, 1234.5, 0.25, 10, 255, 42) }} § `'x'|6|-003.142|1.0|1.23e+03|25.000000%|1010|0xff|+   42`
            {{ 'a{0}b{1}'.format(1) if false else 'ok' }}                                         § ok
            {{ 'x,y'.partition(',') }} {{ 'a-b-c'.rpartition('-') }} {{ 'Ab'.swapcase() }}         § ('x', ',', 'y') ('a-b', '-', 'c') aB
            {{ 'abc'.center(6, '*') }} {{ 'abc'.ljust(5, '.') }} {{ 'abc'.rjust(5) }}              § `*abc** abc..   abc`
            {{ 'a\tb'.expandtabs(4) }}|{{ ' x '.isspace() }}|{{ '12'.isdigit() }}|{{ 'Ab Cd'.istitle() }} § `a   b|False|True|True`
            {{ [3, 1, 2].index(1) }} {{ [1, 2, 1].count(1) }} {{ (1, 2).index(2) }} {{ range(3).count(2) }} § 1 2 1 1
            {% set l = [1, 2] %}{% set _ = l.extend([3]) %}{% set _ = l.insert(0, 0) %}{% set _ = l.remove(2) %}{{ l }} {{ l.copy() }} § [0, 1, 3] [0, 1, 3]
            {% set d = {'a': 1} %}{{ d.setdefault('b', 2) }} {{ d.pop('a') }} {{ d }} {{ d.pop('z', 0) }} § 2 1 {'b': 2} 0
            {{ 2 ** 64 }} {{ -2 ** 63 - 1 }} {{ 9223372036854775807 + 1 }} {{ (2 ** 64) // 3 }} {{ (2 ** 64) % 7 }} § 18446744073709551616 -9223372036854775809 9223372036854775808 6148914691236517205 2
            {{ 1e308 * 10 }} {{ -1e308 * 10 }} {{ 0.1 * 3 }} {{ 1 / 3 * 3 }} {{ 2.5e-7 }}         § inf -inf 0.30000000000000004 1.0 2.5e-07
            {{ 1 < 2.5 < 3 == 3.0 }} {{ [1, 'a'] < [1, 'b'] }} {{ (1, 2) <= (1, 2) }} {{ 'b' > 'B' }} § True True True True
            {{ 'abc' is lower }} {{ 'aBc' is upper }} {{ 10 is divisibleby 5 }} {{ none is sameas none }} {{ 3 is in [1, 3] }} § True False True True True
            {{ [1, 2, 3] | select('in', [2, 3]) | list }} {{ [1, 2, 3] | reject('==', 2) | list }} {{ 'x' is filter }} {{ 'upper' is filter }} § [2, 3] [1, 3] False True
            """)
    void renders(String template, String expected) throws TemplateError {
        Map<String, Object> context = JsonValues.context(
                "{\"rows\": [{\"k\": \"a\", \"v\": 1}, {\"k\": \"b\", \"v\": 2}, {\"k\": \"a\", \"v\": 3}]}", false);
        String source = template.strip().replace("⏎", "\n");
        assertEquals(expected.replace("⏎", "\n").replace("␠", " "),
                engine.render(source, context, new GlobalStore(k -> null)));
    }
}
