package org.iocrun.yaml;

import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;

class YamlValuesTest {

    @Test
    void convertsToOrderedMapsListsAndScalarValues() throws UserError {
        Object value = YamlValues.toJava(YamlTestSupport.parse("""
                z: 1
                a: [x, 2.5, true, ~, 2024-01-02]
                m: {k2: v, k1: {n: '010'}}
                7: seven
                """));
        Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, value);
        assertEquals(List.of("z", "a", "m", 7L), new ArrayList<>(map.keySet()));
        assertEquals(Arrays.asList("x", 2.5, true, null, LocalDate.of(2024, 1, 2)), map.get("a"));
        assertInstanceOf(ArrayList.class, map.get("a"));
        Map<?, ?> m = assertInstanceOf(LinkedHashMap.class, map.get("m"));
        assertEquals(List.of("k2", "k1"), new ArrayList<>(m.keySet()));
        assertEquals(Map.of("n", "010"), m.get("k1"));
        assertEquals("seven", map.get(7L));
    }

    @Test
    void expandedAliasesBecomeSeparateCopies() throws UserError {
        Map<?, ?> map = (Map<?, ?>) YamlValues.toJava(YamlTestSupport.parse("a: &x {k: [1]}\nb: *x\n"));
        assertEquals(map.get("a"), map.get("b"));
        assertNotSame(map.get("a"), map.get("b"));
    }

    @Test
    void aScalarIsItsValue() throws UserError {
        assertEquals(42L, YamlValues.toJava(YamlTestSupport.parse("42")));
        assertEquals("text", YamlValues.toJava(YamlTestSupport.parse("'text'")));
    }
}
