package org.iocrun.substitution;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** macParseDefns' rules, case by case (expected values follow macUtil.c's documented behaviour). */
class MacroDefinitionParserTest {

    /** {@code name=value} pairs; a lone name means "undefine". */
    static Stream<Arguments> definitions() {
        return Stream.of(
                Arguments.of("a=1,b=2", List.of("a", "1", "b", "2")),
                Arguments.of("  a = 1 ,  b =  2  ", List.of("a", "1", "b", "2")),
                Arguments.of("a", List.of("a")),
                Arguments.of("a=", List.of("a", "")),
                Arguments.of("a,b=2", List.of("a", "b", "2")),
                Arguments.of(",,a=1,,", List.of("a", "1")),
                Arguments.of("", List.of()),
                Arguments.of("a='x, y'", List.of("a", "'x, y'")),
                Arguments.of("a=\"x, y\",b=2", List.of("a", "\"x, y\"", "b", "2")),
                Arguments.of("\"n m\"=v", List.of("n m", "v")),
                Arguments.of("a\\,b=v", List.of("a,b", "v")),
                Arguments.of("a=x\\,y", List.of("a", "x\\,y")),
                Arguments.of("a=b=c", List.of("a", "b=c")),
                Arguments.of("=v", List.of("", "v")),
                Arguments.of("a=$(b,c=d)", List.of("a", "$(b", "c", "d)")));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("definitions")
    void parsesLikeMacLib(String text, List<String> expected) {
        List<String> actual = new ArrayList<>();
        for (MacroDefinition d : MacroDefinitionParser.parse(text)) {
            actual.add(d.name());
            if (!d.undefines()) {
                actual.add(d.value());
            }
        }
        assertEquals(expected, actual);
    }
}
