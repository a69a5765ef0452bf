package org.iocrun.templating;

import org.iocrun.templating.python.TemplateError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ast.literal_eval} as ibek's coercion uses it; expected values are CPython 3.11's, shown as repr. */
class PyLiteralTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            3000029                      | 3000029
            -5                           | -5
            +5                           | 5
            3.7                          | 3.7
            1e3                          | 1000.0
            .5                           | 0.5
            1_000                        | 1000
            0x1F                         | 31
            0o17                         | 15
            0b101                        | 5
            00                           | 0
            123456789012345678901234567890 | 123456789012345678901234567890
            True                         | True
            None                         | None
            'abc'                        | 'abc'
            "it's"                       | "it's"
            'a' 'b'                      | 'ab'
            'tab\\there'                 | 'tab\\there'
            r'raw\\n'                    | 'raw\\\\n'
            [1, 'a', None]               | [1, 'a', None]
            (1,)                         | (1,)
            (1, 2)                       | (1, 2)
            ()                           | ()
            1, 2                         | (1, 2)
            {'a': [1, 2], 'b': (3,)}     | {'a': [1, 2], 'b': (3,)}
            `  [1]`                      | [1]
            `[1,⏎ 2]`                   | [1, 2]
            `5⏎`                        | 5
            -0.0                         | -0.0
            """)
    void evaluates(String text, String repr) throws TemplateError {
        assertEquals(repr, PyValues.repr(PyLiteral.literalEval(text.replace("⏎", "\n"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            ``             | SYNTAX | invalid syntax
            `01`           | SYNTAX | leading zeros in decimal integer literals are not permitted
            `1 2`          | SYNTAX | invalid syntax
            `[1, 2`        | SYNTAX | was never closed
            `'abc`         | SYNTAX | unterminated string literal
            `true`         | VALUE  | malformed node or string
            `abc`          | VALUE  | malformed node or string
            `1 + 2`        | VALUE  | malformed node or string
            `f(1)`         | VALUE  | malformed node or string
            `-'a'`         | VALUE  | malformed node or string
            `{1, 2}`       | VALUE  | malformed node or string
            """)
    void rejects(String text, TemplateError.Kind kind, String message) {
        TemplateError error = assertThrows(TemplateError.class, () -> PyLiteral.literalEval(text));
        assertEquals(kind, error.kind(), error.jinjaMessage());
        assertTrue(error.jinjaMessage().contains(message), error.jinjaMessage());
    }
}
