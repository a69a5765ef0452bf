package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.iocrun.yaml.YamlTestSupport.lineColumn;
import static org.iocrun.yaml.YamlTestSupport.parseMap;
import static org.iocrun.yaml.YamlTestSupport.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AliasExpansionTest {

    @Test
    void aliasesStandForTheAnchoredValue() throws UserError {
        YMap map = parseMap("""
                l: &l [1, {a: x}]
                m: [*l, *l]
                n: &s hello
                o: *s
                p: &p {k: *s}
                q: *p
                """);
        assertEquals(Map.of("l", List.of(1L, Map.of("a", "x")),
                "m", List.of(List.of(1L, Map.of("a", "x")), List.of(1L, Map.of("a", "x"))),
                "n", "hello", "o", "hello", "p", Map.of("k", "hello"), "q", Map.of("k", "hello")),
                YamlValues.toJava(map));
    }

    @Test
    void anAliasCanBeAKey() throws UserError {
        YMap map = parseMap("k: &k key\n*k : v\n");
        assertEquals(List.of("k", "key"), YamlTestSupport.keys(map));
    }

    @Test
    void aRedefinedAnchorAppliesToLaterAliases() throws UserError {
        YMap map = parseMap("a: &x 1\nb: *x\nc: &x 2\nd: *x\n");
        assertEquals(Map.of("a", 1L, "b", 1L, "c", 2L, "d", 2L), YamlValues.toJava(map));
    }

    @Test
    void expandedNodesCarryTheAnchorsPosition() throws UserError {
        YMap map = parseMap("a: &x {k: 1}\nb: [0, *x]\n");
        YNode expanded = ((YList) map.get("b").orElseThrow()).items().get(1);
        assertEquals("1:4", expanded.position().line() + ":" + expanded.position().column());
    }

    @Test
    void aRecursiveAliasIsAnErrorAtTheAlias() {
        Problem problem = problemOf("a: &x\n  - 1\n  - *x\n");
        assertEquals("recursive alias *x refers to a node that contains it", problem.message());
        assertEquals("3:5", lineColumn(problem));
    }

    @Test
    void anUndefinedAliasIsAnError() {
        Problem problem = problemOf("a: 1\nb: *nope\n");
        assertEquals("undefined alias '*nope'", problem.message());
        assertEquals("2:4", lineColumn(problem));
    }

    /** Nine levels of ten-fold aliases: 10^9 nodes once expanded. Refused at an alias, before any copy. */
    @Test
    void billionLaughsIsRefusedAtTheAliasThatCrossesTheLimit() {
        StringBuilder yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level <= 9; level++) {
            String prior = "*a" + (level - 1);
            yaml.append("a").append(level).append(": &a").append(level).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, prior))).append("]\n");
        }
        long start = System.nanoTime();
        Problem problem = problemOf(yaml.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("the document has more than 250000 nodes once alias *a4 is expanded", problem.message());
        // a(k) expands to 1 + 10 * size(a(k-1)) nodes: 11, 111, ..., 111 111 for a4; with the root and the
        // keys lines 1-5 hold 123 461 nodes, line 6 adds 2 and then 111 111 per *a4: 234 574 after the first,
        // 345 685 after the second *a4 (column 10 + 1 * 5), which passes 250 000
        assertEquals("6:15", lineColumn(problem));
        assertTrue(millis < 2_000, "took " + millis + " ms");
    }

    @Test
    void aliasesThatMultiplyDepthAreRefused() {
        StringBuilder yaml = new StringBuilder("a0: &a0 " + "[".repeat(100) + "]".repeat(100) + "\n");
        for (int level = 1; level <= 3; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" ").append("[".repeat(100))
                    .append("*a").append(level - 1).append("]".repeat(100)).append("\n");
        }
        Problem problem = problemOf(yaml.toString());
        assertEquals("nesting is deeper than 256 levels once alias *a1 is expanded", problem.message());
        assertEquals("3:109", lineColumn(problem));
    }
}
