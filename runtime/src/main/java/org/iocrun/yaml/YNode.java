package org.iocrun.yaml;

import org.iocrun.diagnostics.SourcePosition;

/**
 * A node of a loaded YAML document with its source position. Aliases are already expanded (copied) and
 * merge keys ({@code <<}) already applied with ruamel/PyYAML key order, so consumers never see either.
 */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    SourcePosition position();

    /** A short name of the node's kind for messages: "a mapping", "a list", "a string", "an integer", ... */
    String kindName();

    /**
     * A scalar with its YAML 1.2 core-schema value.
     *
     * @param value  {@code null}, {@link Boolean}, {@link Long} or {@link java.math.BigInteger} (beyond long),
     *               {@link Double}, {@link String}, or, for an unquoted timestamp (ruamel's reading), a
     *               {@link java.time.LocalDate} ({@code 2024-01-01}) or {@link java.time.LocalDateTime}
     *               ({@code 2024-01-01 10:00:00}, moved to UTC when it has an offset)
     * @param text   the scalar's source text (after unquoting; a block scalar's exact content)
     * @param quoted true when the scalar was quoted or a block scalar; then {@code value} is a String unless
     *               an explicit tag says otherwise ({@code !!int "42"})
     * @param block  true for a block scalar ({@code |} or {@code >}): its line breaks are the author's layout
     */
    record YScalar(Object value, String text, boolean quoted, boolean block, SourcePosition position)
            implements YNode {

        /** A scalar that is not a block scalar. */
        public YScalar(Object value, String text, boolean quoted, SourcePosition position) {
            this(value, text, quoted, false, position);
        }

        @Override
        public String kindName() {
            return switch (value) {
                case null -> "null";
                case Boolean b -> "a boolean";
                case Long l -> "an integer";
                case java.math.BigInteger b -> "an integer";
                case Double d -> "a float";
                case String s -> "a string";
                case java.time.LocalDate d -> "a date";
                default -> "a timestamp";
            };
        }
    }

    /** A sequence. */
    record YList(java.util.List<YNode> items, SourcePosition position) implements YNode {
        public YList {
            items = java.util.List.copyOf(items);
        }

        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** A mapping in source order (after merge keys); keys are scalars and unique. */
    record YMap(java.util.List<YEntry> entries, SourcePosition position) implements YNode {
        public YMap {
            entries = java.util.List.copyOf(entries);
        }

        /** The entry whose key is the string {@code key}, if any. */
        public java.util.Optional<YEntry> entry(String key) {
            for (YEntry e : entries) {
                if (e.key().value() instanceof String s && s.equals(key)) {
                    return java.util.Optional.of(e);
                }
            }
            return java.util.Optional.empty();
        }

        public java.util.Optional<YNode> get(String key) {
            return entry(key).map(YEntry::value);
        }

        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** One key/value pair of a mapping. */
    record YEntry(YScalar key, YNode value) {
        /** The key as text, as Python's str() of it would print. */
        public String keyText() {
            return key.value() == null ? "None" : key.text();
        }
    }
}
