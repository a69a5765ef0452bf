package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.iocrun.yaml.YamlTestSupport.lineColumn;
import static org.iocrun.yaml.YamlTestSupport.parseMap;
import static org.iocrun.yaml.YamlTestSupport.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class DuplicateKeysTest {

    static Stream<Arguments> duplicates() {
        return Stream.of(
                arguments("a: 1\nb: 2\na: 3\n", "3:1", "duplicate key 'a'", "first defined at line 1"),
                arguments("top:\n  x: 1\n  y: 2\n\n  x: 3\n", "5:3", "duplicate key 'x'", "first defined at line 2"),
                arguments("{a: 1, 'a': 2}", "1:8", "duplicate key 'a'", "first defined at line 1"),
                arguments("? a\n? a\n", "2:3", "duplicate key 'a'", "first defined at line 1"),
                // Python dict keys: 1 == 1.0 == True, so ibek sees one key
                arguments("1: a\ntrue: b\n", "2:1", "duplicate key 'true'", "first defined at line 1"),
                arguments("0x10: a\n16.0: b\n", "2:1", "duplicate key '16.0'", "first defined at line 1"),
                arguments("~: a\nnull: b\n", "2:1", "duplicate key 'None'", "first defined at line 1"),
                // a merge does not excuse two own keys
                arguments("d: &d {p: 1}\nm: {<<: *d, q: 1, q: 2}\n", "2:19", "duplicate key 'q'",
                        "first defined at line 2"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("duplicates")
    void aRepeatedKeyIsAnErrorAtTheSecondOne(String yaml, String at, String message, String hint) {
        Problem problem = problemOf(yaml);
        assertEquals(message, problem.message());
        assertEquals(hint, problem.hint());
        assertEquals(at, lineColumn(problem));
    }

    @Test
    void overridingAMergedKeyIsNotADuplicate() throws UserError {
        var map = parseMap("d: &d {p: 1, q: 2}\nm: {<<: *d, p: 3}\n");
        assertEquals(Map.of("p", 3L, "q", 2L), YamlValues.toJava(map.get("m").orElseThrow()));
    }

    @Test
    void equalKeysInDifferentMappingsAreFine() throws UserError {
        var map = parseMap("a: {k: 1}\nb: {k: 2}\nk: 3\n");
        assertEquals(Map.of("a", Map.of("k", 1L), "b", Map.of("k", 2L), "k", 3L), YamlValues.toJava(map));
    }

    @Test
    void aNonScalarKeyIsAnError() {
        Problem problem = problemOf("a: 1\n[x, y]: 2\n");
        assertEquals("a mapping key must be a scalar, found a list", problem.message());
        assertEquals("2:1", lineColumn(problem));
        Problem mapKey = problemOf("? {x: 1}\n: 2\n");
        assertEquals("a mapping key must be a scalar, found a mapping", mapKey.message());
        assertEquals("1:3", lineColumn(mapKey));
    }
}
