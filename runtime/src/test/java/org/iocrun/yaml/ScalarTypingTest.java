package org.iocrun.yaml;

import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode.YScalar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Scalar typing against ruamel.yaml {@code YAML(typ="safe")} (YAML 1.2), the reader ibek uses. Expected
 * values are ruamel's results for the same text (ibek-behaviour §4.3 YAML dialect plus ruamel's resolver table).
 */
class ScalarTypingTest {

    static Stream<Arguments> scalars() {
        return Stream.of(
                // YAML 1.1 booleans are strings in 1.2
                arguments("yes", "yes"), arguments("no", "no"), arguments("on", "on"), arguments("off", "off"),
                arguments("y", "y"), arguments("n", "n"), arguments("Yes", "Yes"), arguments("NO", "NO"),
                arguments("True", true), arguments("TRUE", true), arguments("true", true),
                arguments("false", false), arguments("False", false), arguments("FALSE", false),
                arguments("tRue", "tRue"),
                // nulls
                arguments("~", null), arguments("null", null), arguments("Null", null), arguments("NULL", null),
                arguments("", null), arguments("nUll", "nUll"),
                // integers: no YAML 1.1 octal, ruamel's underscores and binary
                arguments("010", 10L), arguments("0o17", 15L), arguments("0x1F", 31L), arguments("1_000", 1000L),
                arguments("+12", 12L), arguments("-12", -12L), arguments("0", 0L), arguments("-0", 0L),
                arguments("019", 19L), arguments("0009", 9L), arguments("0b101", 5L), arguments("0x_1f", 31L),
                arguments("0o_7", 7L), arguments("1__0", 10L), arguments("-_1", -1L), arguments("_1", "_1"),
                arguments("0x", "0x"), arguments("0o8", "0o8"), arguments("0b2", "0b2"),
                // ruamel's resolver calls this an int and then fails to convert it; a string is kinder
                arguments("-_", "-_"),
                arguments("9223372036854775807", Long.MAX_VALUE),
                arguments("-9223372036854775808", Long.MIN_VALUE),
                arguments("9223372036854775808", new BigInteger("9223372036854775808")),
                arguments("123456789012345678901234567890", new BigInteger("123456789012345678901234567890")),
                // floats
                arguments("1e3", 1000.0), arguments(".5", 0.5), arguments("+.5", 0.5), arguments("-.5", -0.5),
                arguments("1.", 1.0), arguments("1.5", 1.5), arguments("-1.5e3", -1500.0),
                arguments("1.5E-3", 0.0015), arguments("1e+3", 1000.0), arguments(".5e+3", 500.0),
                arguments(".5e3", ".5e3"), arguments("1_0.5", 10.5), arguments("1.0_1", 1.01),
                arguments(".inf", Double.POSITIVE_INFINITY), arguments("-.Inf", Double.NEGATIVE_INFINITY),
                arguments("+.INF", Double.POSITIVE_INFINITY), arguments(".nan", Double.NaN),
                arguments(".NaN", Double.NaN), arguments(".NAN", Double.NaN), arguments("-.nan", "-.nan"),
                arguments("inf", "inf"), arguments("nan", "nan"),
                // timestamps: dates and naive date-times (moved to UTC when they carry an offset)
                arguments("2024-01-01", LocalDate.of(2024, 1, 1)), arguments("2024-1-1", "2024-1-1"),
                arguments("2024-01-01T10:00:00", LocalDateTime.of(2024, 1, 1, 10, 0)),
                arguments("2024-01-01 10:00:00.5", LocalDateTime.of(2024, 1, 1, 10, 0, 0, 500_000_000)),
                arguments("2024-1-1t1:02:03", LocalDateTime.of(2024, 1, 1, 1, 2, 3)),
                arguments("2024-01-01T10:00:00Z", LocalDateTime.of(2024, 1, 1, 10, 0)),
                arguments("2024-01-01T10:00:00+01:00", LocalDateTime.of(2024, 1, 1, 9, 0)),
                arguments("2024-01-01 10:00:00 -5", LocalDateTime.of(2024, 1, 1, 15, 0)),
                arguments("2024-01-01T10:00:00.1234567", LocalDateTime.of(2024, 1, 1, 10, 0, 0, 123_457_000)),
                // no sexagesimal numbers in 1.2
                arguments("1:30", "1:30"), arguments("12:30:00", "12:30:00"),
                arguments("190:20:30.15", "190:20:30.15"),
                // quoting always gives strings; explicit tags are honoured
                arguments("'1_000'", "1_000"), arguments("\"0x1F\"", "0x1F"), arguments("'2024-01-01'", "2024-01-01"),
                arguments("'~'", "~"), arguments("''", ""), arguments("\"true\"", "true"),
                arguments("!!str 123", "123"), arguments("!!str true", "true"), arguments("!!int \"42\"", 42L),
                arguments("!!int 0x10", 16L), arguments("!!float \"1\"", 1.0), arguments("!!float 1_0", 10.0),
                arguments("!!bool yes", true), arguments("!!bool Off", false), arguments("!!null x", null),
                arguments("!!timestamp '2024-01-01'", LocalDate.of(2024, 1, 1)),
                // the non-specific tag types by content, as in PyYAML and ruamel
                arguments("! 12", 12L), arguments("! '12'", 12L),
                // plain text
                arguments("hello world", "hello world"), arguments("a:b", "a:b"),
                // ruamel tags a lone '=' as YAML 1.1's "value" type and then has no constructor for it
                arguments("=", "="));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("scalars")
    void typesLikeRuamel(String text, Object expected) throws UserError {
        YScalar scalar = (YScalar) YamlTestSupport.parseMap("v: " + text + "\n").get("v").orElseThrow();
        assertEquals(expected, scalar.value());
        if (expected != null) {
            assertEquals(expected.getClass(), scalar.value().getClass());
        }
    }

    static Stream<Arguments> blockScalars() {
        return Stream.of(
                arguments("|\n  line1\n   line2\n\nnext: 1\n", "line1\n line2\n"),
                arguments(">\n  folded\n  text\n\n  para\nnext: 1\n", "folded text\npara\n"),
                arguments("|-\n  strip\nnext: 1\n", "strip"),
                arguments("|2\n    indented\nnext: 1\n", "  indented\n"),
                arguments(">+\n  keep\n\nnext: 1\n", "keep\n\n"),
                arguments("|\n  010\nnext: 1\n", "010\n"));
    }

    @ParameterizedTest(name = "block scalar {index}")
    @MethodSource("blockScalars")
    void blockScalarsAreStringsWithExactContent(String text, String expected) throws UserError {
        YScalar scalar = (YScalar) YamlTestSupport.parseMap("v: " + text).get("v").orElseThrow();
        assertEquals(expected, scalar.value());
        assertEquals(expected, scalar.text());
        assertEquals(true, scalar.quoted());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("quotedFlags")
    void quotedFlagFollowsStyle(String text, boolean quoted) throws UserError {
        YScalar scalar = (YScalar) YamlTestSupport.parseMap("v: " + text).get("v").orElseThrow();
        assertEquals(quoted, scalar.quoted());
    }

    static Stream<Arguments> quotedFlags() {
        return Stream.of(arguments("abc", false), arguments("'abc'", true), arguments("\"abc\"", true),
                arguments("12", false), arguments("|\n  x\n", true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badScalars")
    void invalidTypedScalarsAreErrors(String text, String message) {
        var problem = YamlTestSupport.problemOf("a: 1\nv: " + text + "\n");
        assertEquals(message, problem.message());
        assertEquals("2:4", YamlTestSupport.lineColumn(problem));
    }

    static Stream<Arguments> badScalars() {
        return Stream.of(
                arguments("2024-02-30", "'2024-02-30' has the form of a date but is not a valid date or time"),
                arguments("2024-13-01", "'2024-13-01' has the form of a date but is not a valid date or time"),
                arguments("0000-01-01", "'0000-01-01' has the form of a date but is not a valid date or time"),
                arguments("!!int abc", "'abc' is not an integer (tagged !!int)"),
                arguments("!!float 1x", "'1x' is not a number (tagged !!float)"),
                arguments("!!bool maybe", "'maybe' is not a boolean (tagged !!bool)"),
                arguments("!foo bar", "unknown tag '!foo'"),
                arguments("!!binary aGVsbG8=", "unknown tag '!!binary'"),
                arguments("!!set {a, b}", "unknown tag '!!set'"),
                arguments("!!str [1]", "tag !!str cannot be used on a list"),
                arguments("!!seq {a: 1}", "tag !!seq cannot be used on a mapping"));
    }
}
