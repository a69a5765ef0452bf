package org.iocrun.templating.python;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Python's float repr and string repr; expected texts are CPython 3.11's {@code repr()}. */
class PyTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            0.1,                     0.1
            0.3,                     0.3
            100,                     100.0
            1e-4,                    0.0001
            1.5e-5,                  1.5e-05
            0.00012345,              0.00012345
            1e15,                    1000000000000000.0
            9999999999999998,        9999999999999998.0
            1e16,                    1e+16
            1e22,                    1e+22
            1e23,                    1e+23
            123456789012345678,      1.2345678901234568e+17
            5e-324,                  5e-324
            2.2250738585072014e-308, 2.2250738585072014e-308
            1.7976931348623157e308,  1.7976931348623157e+308
            -2.5,                    -2.5
            0.6666666666666666,      0.6666666666666666
            """)
    void floatRepr(double value, String repr) {
        assertEquals(repr, FloatText.repr(value));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            abc            | 'abc'
            it's           | "it's"
            `say "hi"`     | `'say "hi"'`
            `it's "x"`     | `'it\\'s "x"'`
            a\\b           | 'a\\\\b'
            é→Ω            | 'é→Ω'
            """)
    void stringRepr(String text, String repr) {
        assertEquals(repr, PyText.repr(text));
    }

    @ParameterizedTest(name = "U+{0}")
    @CsvSource(quoteCharacter = '`', textBlock = """
            00a0, '\\xa0'
            200b, '\\u200b'
            0007, '\\x07'
            1f600, '😀'
            e000, '\\ue000'
            """)
    void unprintableCharacters(String hex, String repr) {
        assertEquals(repr, PyText.repr(Character.toString(Integer.parseInt(hex, 16))));
    }
}
