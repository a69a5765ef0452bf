package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.iocrun.yaml.YamlTestSupport.lineColumn;
import static org.iocrun.yaml.YamlTestSupport.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Broken YAML: each gives one problem at the faulty spot (1-based), in words rather than parser tokens. */
class MalformedYamlTest {

    static final String UNCLOSED_DOUBLE = "YAML reads on to the next \" and takes the lines between as part of the "
            + "string; close the quote on its line";
    static final String UNCLOSED_SINGLE = UNCLOSED_DOUBLE.replace('"', '\'');

    static Stream<Arguments> malformed() {
        return Stream.of(
                arguments("a: [1, 2", "1:9", "expected ',' or ']' in the flow list, but found the end of the file",
                        "in the flow list that starts at line 1, column 4"),
                arguments("a: {b: 1", "1:9", "expected ',' or '}' in the flow mapping, but found the end of the file",
                        "in the flow mapping that starts at line 1, column 4"),
                // an unclosed quote is reported at the quote, not where the parser gave up
                arguments("a: 'abc", "1:4", "unterminated quoted string: the single quote here is not closed on its line",
                        UNCLOSED_SINGLE),
                arguments("x: 1\na: \"abc\n\n", "2:4",
                        "unterminated quoted string: the double quote here is not closed on its line", UNCLOSED_DOUBLE),
                // closed lines later by the next value's quote: the parser fails at line 4, the cause is on line 2
                arguments("ioc_name: x\ndescription: \"unclosed\nentities:\n  - type: \"epics.A\"\n", "2:14",
                        "unterminated quoted string: the double quote here is not closed on its line", UNCLOSED_DOUBLE),
                // a quote in a block scalar is text, not blamed for an error after it
                arguments("a: |\n  'it\n  x\nb: [1", "4:6", "expected ',' or ']' in the flow list, but found the end of the file",
                        "in the flow list that starts at line 4, column 4"),
                // a legitimate multi-line quoted string is not blamed for an error after it
                arguments("a: 'one\n  two'\nb: [1", "3:6", "expected ',' or ']' in the flow list, but found the end of the file",
                        "in the flow list that starts at line 3, column 4"),
                arguments("a:\n  b: 1\n c: 2", "3:2", "bad indentation of a mapping",
                        "in the mapping that starts at line 1, column 1"),
                arguments("- a\nb: 1", "2:1", "bad indentation of a mapping key",
                        "in the list that starts at line 1, column 1"),
                arguments("a:\n  - 1\n  b: 2", "3:3", "bad indentation of a mapping key",
                        "in the list that starts at line 2, column 3"),
                arguments("a: b: c", "1:5", "a ': ' is not allowed here",
                        "quote a value that contains ': ', or put a nested mapping on its own indented lines"),
                // an over-indented key is reported at the key, not at its ':'
                arguments("a: b\n  c: d", "2:3", "the key 'c' is indented more than the key above it (line 1)",
                        "indent 'c' to column 1, as the key on line 1"),
                arguments("entities:\n  - type: epics.A\n      max_bytes: 6000000\n", "3:7",
                        "the key 'max_bytes' is indented more than the key above it (line 2)",
                        "indent 'max_bytes' to column 5, as the key on line 2"),
                arguments("a: &x 1\n&y", "2:3", "expected ':' after a mapping key",
                        "in the key that starts at line 2, column 1"),
                arguments("{a: 1}}", "1:7", "expected the end of the document, but found '}'", ""),
                arguments("a: [b, c]]", "1:10", "expected the end of the line after a complete value, but found ']'",
                        "in the mapping that starts at line 1, column 1"),
                arguments("]", "1:1", "expected a value, but found ']'", ""),
                arguments("x: ,", "1:4", "expected a value, but found ','", ""),
                arguments("key: @foo", "1:6", "a value cannot start with '@'", "quote the value"),
                arguments("key: `x", "1:6", "a value cannot start with '`'", "quote the value"),
                arguments("a: \"\\q\"", "1:6", "unknown escape sequence '\\q' in a double-quoted string",
                        "in the quoted string that starts at line 1, column 4"),
                arguments("a: 1\n...\nb: 2", "3:1", "expected the end of the document, but found a mapping", ""),
                arguments("--- 1\n--- 2", "2:1", "expected a single YAML document, but found another one",
                        "the file must hold one document; remove the second '---' and what follows, or merge them"),
                arguments("a: 1\n---\nb: 2\n", "2:1", "expected a single YAML document, but found another one",
                        "the file must hold one document; remove the second '---' and what follows, or merge them"),
                arguments("%YAML 1.1\n---\na: yes", "1:1", "YAML version 1.1 is not supported",
                        "iocrun reads YAML 1.2, as ibek does; remove the %YAML directive"),
                arguments("a: !!merge x", "1:4", "the !!merge tag is not supported", "write the merge key as a plain <<"),
                arguments("a: 1\nb: \u0001", "2:4", "character U+0001 is not allowed in YAML",
                        "YAML text may only hold printable characters; write it as an escape in a double-quoted string"),
                arguments("a:\n\tb: 1", "2:1", "tab character used for indentation, use spaces", ""),
                arguments("a: b\n\tc: d", "2:1", "tab character used for indentation, use spaces", ""),
                arguments("a:\n  b:\n  \t c: 1", "3:3", "tab character used for indentation, use spaces", ""),
                arguments("- a\n-\tb: 1\n  c: 2", "2:2", "tab character used for indentation, use spaces", ""),
                arguments("a: >\n x\n\ty", "3:1", "tab character used for indentation, use spaces", ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void reportsWhereAndWhat(String yaml, String at, String message, String hint) {
        Problem problem = problemOf(yaml);
        assertEquals(message, problem.message());
        assertEquals(hint, problem.hint());
        assertEquals(at, lineColumn(problem));
        assertEquals(YamlTestSupport.FILE, problem.position().file());
        // no parser token names (<block end>) or Java class names in what the user reads
        assertFalse(problem.headline().matches(".*(<[a-z]|Exception).*"), problem.headline());
    }
}
