package org.iocrun.loading;

import org.iocrun.diagnostics.Problems;
import org.iocrun.model.Suggestions;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the fields of one YAML mapping of a known shape (a support model, a database item, an instance file),
 * reporting missing, mistyped and unknown keys into {@link Problems} with their positions. A field that is wrong
 * reads as absent, so one load reports every problem.
 */
final class MappingReader {

    private final YMap map;
    private final String what;
    private final Problems problems;

    MappingReader(YMap map, String what, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
    }

    YMap map() {
        return map;
    }

    Optional<YNode> node(String key) {
        return map.get(key);
    }

    /** A present, non-null value. */
    Optional<YNode> present(String key) {
        return node(key).filter(n -> !(n instanceof YScalar s && s.value() == null));
    }

    String requiredString(String key) {
        Optional<YNode> node = node(key);
        if (node.isEmpty()) {
            problems.error(map.position(), what + " has no '" + key + "'", "add " + key + ": <string>");
            return null;
        }
        return string(key, node.get());
    }

    String optionalString(String key, String defaultValue) {
        Optional<YNode> node = present(key);
        return node.isEmpty() ? defaultValue : string(key, node.get());
    }

    private String string(String key, YNode node) {
        if (node instanceof YScalar s && s.value() instanceof String text) {
            return text;
        }
        problems.error(node.position(), "'" + key + "' of " + what + " must be a string, got " + describe(node),
                "quote the value if it is meant as text");
        return null;
    }

    boolean optionalBool(String key, boolean defaultValue) {
        Optional<YNode> node = present(key);
        if (node.isEmpty()) {
            return defaultValue;
        }
        // ibek's models declare these fields bool and pydantic reads them in lax mode: yes/no, on/off, 1/0 too
        Boolean lax = node.get() instanceof YScalar s ? ValueChecker.toBool(s.value()) : null;
        if (lax != null) {
            return lax;
        }
        problems.error(node.get().position(), "'" + key + "' of " + what + " must be true or false, got "
                + describe(node.get()));
        return defaultValue;
    }

    Optional<YMap> optionalMap(String key) {
        Optional<YNode> node = present(key);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        if (node.get() instanceof YMap m) {
            return Optional.of(m);
        }
        problems.error(node.get().position(), "'" + key + "' of " + what + " must be a mapping, got "
                + describe(node.get()));
        return Optional.empty();
    }

    List<YNode> optionalList(String key) {
        Optional<YNode> node = present(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (node.get() instanceof YList l) {
            return l.items();
        }
        problems.error(node.get().position(), "'" + key + "' of " + what + " must be a list, got "
                + describe(node.get()));
        return List.of();
    }

    /** Reports every key not in {@code known}, with the closest known keys as a suggestion. */
    void rejectUnknown(Set<String> known) {
        for (YNode.YEntry e : map.entries()) {
            String key = e.keyText();
            if (!known.contains(key)) {
                String hint = Suggestions.didYouMean(Suggestions.closest(key, known, 3));
                problems.error(e.key().position(), "unknown key '" + key + "' in " + what,
                        hint.isEmpty() ? "expected one of: " + String.join(", ", sorted(known)) : hint);
            }
        }
    }

    static String describe(YNode node) {
        if (node instanceof YScalar s && s.value() != null) {
            return s.kindName() + " (" + s.text() + ")";
        }
        return node.kindName();
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
