package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode.YMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import static org.iocrun.yaml.YamlTestSupport.keys;
import static org.iocrun.yaml.YamlTestSupport.lineColumn;
import static org.iocrun.yaml.YamlTestSupport.parseMap;
import static org.iocrun.yaml.YamlTestSupport.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Merge keys in ruamel/PyYAML {@code flatten_mapping} order. Expected key orders and values are what
 * ruamel.yaml's safe loader produces for the same documents (ibek-behaviour §2.10 shared, anchors and merge keys).
 */
class MergeKeysTest {

    static Stream<Arguments> merges() {
        return Stream.of(
                arguments("the §2.10 example: last alias first, then earlier aliases, then own keys",
                        "x: &a {p: 1, q: 2}\ny: &b {q: 3, r: 4}\nz: {<<: [*a, *b], s: 5, p: 9}", "z",
                        Map.of("q", 2L, "r", 4L, "p", 9L, "s", 5L), "q, r, p, s"),
                arguments("<< between own keys: merged keys still come first",
                        "x: &a {p: 1, q: 2}\nz: {s: 5, <<: *a, p: 9}", "z",
                        Map.of("p", 9L, "q", 2L, "s", 5L), "p, q, s"),
                arguments("<< as the last key", "x: &a {p: 1, q: 2}\nz: {s: 5, p: 9, <<: *a}", "z",
                        Map.of("p", 9L, "q", 2L, "s", 5L), "p, q, s"),
                arguments("three maps: the first wins values, the last gives the first places",
                        "a: &a {k: a1, x: a}\nb: &b {k: b1, y: b}\nc: &c {k: c1, z: c}\nd: {<<: [*a, *b, *c]}", "d",
                        Map.of("k", "a1", "z", "c", "y", "b", "x", "a"), "k, z, y, x"),
                arguments("merged maps that merge themselves",
                        "x: &a {p: 1, <<: {z: 0, p: 7}, q: 2}\ny: &b {q: 3, <<: *a, r: 4}\n"
                                + "w: {m: 1, <<: [*b, {n: 1, z: 5}], p: 8}", "w",
                        Map.of("n", 1L, "z", 0L, "p", 8L, "q", 3L, "r", 4L, "m", 1L), "n, z, p, q, r, m"),
                arguments("an anchored map that merges, merged with its own source",
                        "base: &base {a: 1, b: 2}\nmid: &mid {<<: *base, c: 3, a: 10}\ntop2: {<<: [*base, *mid], b: 20}",
                        "top2", Map.of("a", 1L, "b", 20L, "c", 3L), "a, b, c"),
                arguments("a merge chain", "base: &base {a: 1, b: 2}\nmid: &mid {<<: *base, c: 3, a: 10}\n"
                        + "top: {<<: *mid, d: 4}", "top", Map.of("a", 10L, "b", 2L, "c", 3L, "d", 4L), "a, b, c, d"),
                arguments("an inline map", "a: {<<: {x: 1, y: 2}, y: 3}", "a", Map.of("x", 1L, "y", 3L), "x, y"),
                arguments("block style with an override",
                        "defaults: &d\n  type: str\n  description: x\nparam:\n  name: n\n  <<: *d\n  type: int\n",
                        "param", Map.of("type", "int", "description", "x", "name", "n"), "type, description, name"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("merges")
    void mergesInRuamelOrder(String why, String yaml, String key, Map<String, Object> values, String order)
            throws UserError {
        YNode merged = parseMap(yaml).get(key).orElseThrow();
        assertEquals(order, String.join(", ", keys(merged)));
        assertEquals(values, YamlValues.toJava(merged));
    }

    @Test
    void listargParametersComeOutInIbekOrder() throws UserError {
        Path file = Path.of(System.getProperty("iocrun.shared"), "corpus", "ibek-samples", "support",
                "listarg.ibek.support.yaml");
        YMap support = (YMap) new YamlLoader().load(file).orElseThrow();
        YNode lister = ((YNode.YList) support.get("entity_models").orElseThrow()).items().getFirst();
        YNode parameters = ((YMap) lister).get("parameters").orElseThrow();
        assertEquals("age, quote, height, is_human", String.join(", ", keys(parameters)));
    }

    /** Key and value positions of each entry: merged ones point into the anchored maps, 1-based. */
    @Test
    void mergedEntriesKeepThePositionsWhereTheyWereDefined() throws UserError {
        YMap z = (YMap) parseMap("x: &a {p: 1, q: 2}\ny: &b {q: 3, r: 4}\nz: {<<: [*a, *b], s: 5, p: 9}")
                .get("z").orElseThrow();
        assertEquals("q 1:14 1:17", positions(z, "q"));
        assertEquals("r 2:14 2:17", positions(z, "r"));
        assertEquals("p 3:25 3:28", positions(z, "p"));
        assertEquals("s 3:19 3:22", positions(z, "s"));
    }

    private static String positions(YMap map, String key) {
        var entry = map.entry(key).orElseThrow();
        var k = entry.key().position();
        var v = entry.value().position();
        return key + " " + k.line() + ":" + k.column() + " " + v.line() + ":" + v.column();
    }

    @Test
    void quotedMergeKeyIsAnOrdinaryKey() throws UserError {
        YMap map = parseMap("a: &a {x: 1}\nb: {'<<': *a, \"y\": 2}\n");
        YMap b = (YMap) map.get("b").orElseThrow();
        assertEquals("<<, y", String.join(", ", keys(b)));
    }

    static Stream<Arguments> badMerges() {
        return Stream.of(
                arguments("x: &s 1\ny: {<<: *s}", "2:5",
                        "the merge key << expects a mapping or a list of mappings, found an integer"),
                arguments("x: &s [1]\ny:\n  <<: [*s]", "3:3",
                        "the merge key << expects a list of mappings, but item 1 is a list"),
                arguments("x: &a {p: 1}\ny: {<<: [*a, text]}", "2:5",
                        "the merge key << expects a list of mappings, but item 2 is a string"),
                arguments("x: &a {p: 1}\ny: {<<: *a, <<: {q: 1}}", "2:13", "duplicate merge key <<"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("badMerges")
    void mergingSomethingElseIsAnError(String yaml, String at, String message) {
        Problem problem = problemOf(yaml);
        assertEquals(message, problem.message());
        assertEquals(at, lineColumn(problem));
    }
}
