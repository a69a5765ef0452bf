package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.iocrun.yaml.YamlTestSupport.lineColumn;
import static org.iocrun.yaml.YamlTestSupport.problemOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LimitsTest {

    @Test
    void nestingUpToTheLimitIsFine() throws UserError {
        String yaml = "[".repeat(256) + "]".repeat(256);
        assertTrue(YamlTestSupport.parse(yaml) instanceof YNode.YList);
    }

    @ParameterizedTest(name = "{0} levels")
    @ValueSource(ints = {257, 10_000, 1_000_000})
    void deeperNestingFailsAtTheFirstLevelTooDeep(int levels) {
        Problem problem = problemOf("[".repeat(levels) + "]".repeat(levels));
        assertEquals("nesting is deeper than 256 levels", problem.message());
        assertEquals("1:257", lineColumn(problem));
    }

    @Test
    void blockNestingCountsToo() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            yaml.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        YamlLoader shallow = new YamlLoader(new YamlLimits(1 << 20, 5, 1000));
        Problem problem = problemOf(shallow, yaml.toString());
        assertEquals("nesting is deeper than 5 levels", problem.message());
        assertEquals("6:11", lineColumn(problem));
    }

    @Test
    void tooManyNodesWithoutAliases() {
        YamlLoader small = new YamlLoader(new YamlLimits(1 << 20, 64, 100));
        Problem problem = problemOf(small, "[" + "1, ".repeat(200) + "]");
        assertEquals("the document has more than 100 nodes", problem.message());
        assertEquals("1:299", lineColumn(problem));
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new YamlLimits(0, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new YamlLimits(1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new YamlLimits(1, 1, 0));
    }
}
