package org.iocrun.yaml;

import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact binary form of one file's {@link YNode} tree, for {@link ParsedYamlCache}: decoding it is a few
 * table lookups per node where parsing YAML scans every character, which in a cold JVM is the difference
 * between milliseconds and a few hundred of them.
 *
 * <p>Layout: the strings once each (count, then length and UTF-8 bytes), then the nodes in document order.
 * Positions keep line and column only; the file is the one being loaded. A subtree that an alias shares
 * (the same node object twice) is written once and referenced after, so the decoded tree shares it too.
 */
final class YNodeCodec {

    private static final int MAP = 0;
    private static final int LIST = 1;
    private static final int SCALAR = 2;
    private static final int REFERENCE = 3;

    private static final int NULL = 0;
    private static final int TRUE = 1;
    private static final int FALSE = 2;
    private static final int LONG = 3;
    private static final int BIG_INTEGER = 4;
    private static final int DOUBLE = 5;
    private static final int STRING = 6;
    private static final int DATE = 7;
    private static final int DATE_TIME = 8;
    /** Added to a scalar's value kind when it was quoted (or a block scalar). */
    private static final int QUOTED = 16;
    private static final int BLOCK = 32;

    private YNodeCodec() {
    }

    /** The tree's bytes, or null when it cannot be encoded (a node of another file, a value of another type). */
    static byte[] encode(YNode root, Path file) {
        Encoder encoder = new Encoder(file);
        if (!encoder.node(root)) {
            return null;
        }
        Bytes out = new Bytes();
        out.varint(encoder.strings.size());
        for (String s : encoder.strings) {
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            out.varint(utf8.length);
            out.write(utf8, 0, utf8.length);
        }
        byte[] nodes = encoder.nodes.toByteArray();
        out.write(nodes, 0, nodes.length);
        return out.toByteArray();
    }

    /**
     * The tree {@code bytes} hold, with positions in {@code file}.
     *
     * @throws IllegalArgumentException when the bytes are not a tree this codec wrote
     */
    static YNode decode(byte[] bytes, int offset, Path file) {
        try {
            Decoder decoder = new Decoder(bytes, offset, file);
            YNode root = decoder.node();
            if (decoder.at != bytes.length) {
                throw new IllegalArgumentException("trailing bytes after the tree");
            }
            return root;
        } catch (IndexOutOfBoundsException | ClassCastException | NumberFormatException
                 | java.time.DateTimeException e) {
            // damaged bytes: the cache treats this like a miss
            throw new IllegalArgumentException("not an encoded YAML tree: " + e, e);
        }
    }

    private static final class Encoder {
        private final Path file;
        private final Bytes nodes = new Bytes();
        private final List<String> strings = new ArrayList<>();
        private final Map<String, Integer> stringIndex = new HashMap<>();
        private final Map<YNode, Integer> written = new IdentityHashMap<>();

        Encoder(Path file) {
            this.file = file;
        }

        boolean node(YNode node) {
            Integer seen = written.get(node);
            if (seen != null) {
                nodes.write(REFERENCE);
                nodes.varint(seen);
                return true;
            }
            if (!java.util.Objects.equals(node.position().file(), file)) {
                return false;
            }
            written.put(node, written.size());
            return switch (node) {
                case YMap map -> map(map);
                case YList list -> list(list);
                case YScalar scalar -> scalar(scalar);
            };
        }

        private boolean map(YMap map) {
            nodes.write(MAP);
            position(map.position());
            nodes.varint(map.entries().size());
            for (YEntry entry : map.entries()) {
                if (!node(entry.key()) || !node(entry.value())) {
                    return false;
                }
            }
            return true;
        }

        private boolean list(YList list) {
            nodes.write(LIST);
            position(list.position());
            nodes.varint(list.items().size());
            for (YNode item : list.items()) {
                if (!node(item)) {
                    return false;
                }
            }
            return true;
        }

        private boolean scalar(YScalar scalar) {
            int quoted = (scalar.quoted() ? QUOTED : 0) | (scalar.block() ? BLOCK : 0);
            nodes.write(SCALAR);
            position(scalar.position());
            switch (scalar.value()) {
                case null -> nodes.write(NULL | quoted);
                case Boolean b -> nodes.write((b ? TRUE : FALSE) | quoted);
                case Long l -> {
                    nodes.write(LONG | quoted);
                    nodes.varlong(l);
                }
                case BigInteger b -> {
                    nodes.write(BIG_INTEGER | quoted);
                    string(b.toString());
                }
                case Double d -> {
                    nodes.write(DOUBLE | quoted);
                    nodes.varlong(Double.doubleToRawLongBits(d));
                }
                case String s -> {
                    nodes.write(STRING | quoted);
                    string(s);
                }
                case LocalDate d -> {
                    nodes.write(DATE | quoted);
                    string(d.toString());
                }
                case LocalDateTime t -> {
                    nodes.write(DATE_TIME | quoted);
                    string(t.toString());
                }
                default -> {
                    return false;
                }
            }
            string(scalar.text());
            return true;
        }

        private void position(SourcePosition position) {
            nodes.varint(position.line());
            nodes.varint(position.column());
        }

        private void string(String s) {
            Integer index = stringIndex.get(s);
            if (index == null) {
                index = strings.size();
                strings.add(s);
                stringIndex.put(s, index);
            }
            nodes.varint(index);
        }
    }

    private static final class Decoder {
        private final byte[] bytes;
        private final Path file;
        private final String[] strings;
        private final List<YNode> decoded = new ArrayList<>();
        private int at;

        Decoder(byte[] bytes, int offset, Path file) {
            this.bytes = bytes;
            this.file = file;
            this.at = offset;
            int count = count();
            strings = new String[count];
            for (int i = 0; i < count; i++) {
                int length = count();
                strings[i] = new String(bytes, at, length, StandardCharsets.UTF_8);
                at += length;
            }
        }

        YNode node() {
            int kind = bytes[at++];
            if (kind == REFERENCE) {
                YNode shared = decoded.get(varint());
                if (shared == null) {
                    throw new IllegalArgumentException("a reference to an unfinished node");
                }
                return shared;
            }
            int slot = decoded.size();
            decoded.add(null);
            SourcePosition position = new SourcePosition(file, varint(), varint());
            YNode node = switch (kind) {
                case MAP -> map(position);
                case LIST -> list(position);
                case SCALAR -> scalar(position);
                default -> throw new IllegalArgumentException("unknown node kind " + kind);
            };
            decoded.set(slot, node);
            return node;
        }

        private YMap map(SourcePosition position) {
            int count = count();
            List<YEntry> entries = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                YScalar key = (YScalar) node();
                entries.add(new YEntry(key, node()));
            }
            return new YMap(entries, position);
        }

        private YList list(SourcePosition position) {
            int count = count();
            List<YNode> items = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                items.add(node());
            }
            return new YList(items, position);
        }

        private YScalar scalar(SourcePosition position) {
            int kind = bytes[at++];
            Object value = switch (kind & ~(QUOTED | BLOCK)) {
                case NULL -> null;
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case LONG -> varlong();
                case BIG_INTEGER -> new BigInteger(string());
                case DOUBLE -> Double.longBitsToDouble(varlong());
                case STRING -> string();
                case DATE -> LocalDate.parse(string());
                case DATE_TIME -> LocalDateTime.parse(string());
                default -> throw new IllegalArgumentException("unknown scalar kind " + kind);
            };
            return new YScalar(value, string(), (kind & QUOTED) != 0, (kind & BLOCK) != 0, position);
        }

        private String string() {
            return strings[varint()];
        }

        /** A count of items or bytes still to come, which cannot exceed the bytes left. */
        private int count() {
            int count = varint();
            if (count > bytes.length - at) {
                throw new IllegalArgumentException("a count of " + count + " with " + (bytes.length - at) + " bytes left");
            }
            return count;
        }

        private int varint() {
            long value = varlong();
            if (value < 0 || value > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("count out of range: " + value);
            }
            return (int) value;
        }

        /** LEB128 of the zigzag form, so small negative numbers stay short too. */
        private long varlong() {
            long zigzag = 0;
            for (int shift = 0; ; shift += 7) {
                if (shift > 63) {
                    throw new IllegalArgumentException("varint too long");
                }
                byte b = bytes[at++];
                zigzag |= (long) (b & 0x7f) << shift;
                if (b >= 0) {
                    break;
                }
            }
            return (zigzag >>> 1) ^ -(zigzag & 1);
        }
    }

    /** A byte buffer with the varint writer. */
    private static final class Bytes extends ByteArrayOutputStream {
        void varint(int value) {
            varlong(value);
        }

        void varlong(long value) {
            long zigzag = (value << 1) ^ (value >> 63);
            while ((zigzag & ~0x7fL) != 0) {
                write((int) ((zigzag & 0x7f) | 0x80));
                zigzag >>>= 7;
            }
            write((int) zigzag);
        }
    }
}
