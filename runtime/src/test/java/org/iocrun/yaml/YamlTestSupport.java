package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode.YMap;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Shared helpers: parse a snippet, or parse it expecting exactly one problem. */
final class YamlTestSupport {

    static final Path FILE = Path.of("test.yaml");

    private YamlTestSupport() {
    }

    static YNode parse(String yaml) throws UserError {
        return new YamlLoader().parse(yaml, FILE).orElseThrow();
    }

    static YMap parseMap(String yaml) throws UserError {
        return (YMap) parse(yaml);
    }

    static Problem problemOf(String yaml) {
        return problemOf(new YamlLoader(), yaml);
    }

    static Problem problemOf(YamlLoader loader, String yaml) {
        UserError error = assertThrows(UserError.class, () -> loader.parse(yaml, FILE));
        assertEquals(1, error.problems().size(), () -> "problems: " + error.problems());
        return error.problems().getFirst();
    }

    /** The keys of a mapping in order, as text. */
    static List<String> keys(YNode map) {
        return ((YMap) map).entries().stream().map(YNode.YEntry::keyText).toList();
    }

    static String lineColumn(Problem p) {
        return p.position().line() + ":" + p.position().column();
    }
}
