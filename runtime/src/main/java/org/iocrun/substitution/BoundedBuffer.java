package org.iocrun.substitution;

import java.util.Arrays;

/**
 * A growable byte buffer that silently drops bytes past a limit, as macLib's {@code v < valend} checks do: macro
 * names and values stop at 256 bytes, an expanded template line at 4094.
 */
final class BoundedBuffer {

    /** Used to scan past a default value without keeping it. */
    static final int DISCARD = 0;

    private byte[] data;
    private int length;
    private int limit;

    BoundedBuffer(int limit) {
        this(limit, Math.max(16, Math.min(limit, 256)));
    }

    BoundedBuffer(int limit, int capacity) {
        this.limit = limit;
        this.data = new byte[capacity];
    }

    /**
     * Lets at most {@code bytes} more bytes in, so one buffer can collect many lines, each cut at its own limit
     * (the expansion writes lines straight into its output buffer).
     */
    void window(int bytes) {
        limit = length + bytes;
    }

    /** Whether another byte would be kept (macLib's {@code v < valend}). */
    boolean hasRoom() {
        return length < limit;
    }

    /** Room left before the array would have to grow. */
    int room() {
        return data.length - length;
    }

    void put(int b) {
        if (length < limit) {
            if (length == data.length) {
                data = Arrays.copyOf(data, Math.min(limit, data.length * 2));
            }
            data[length++] = (byte) b;
        }
    }

    void put(byte[] source, int from, int to) {
        int n = Math.min(to - from, limit - length);
        if (n <= 0) {
            return;
        }
        if (length + n > data.length) {
            data = Arrays.copyOf(data, Math.min(limit, Math.max(length + n, data.length * 2)));
        }
        System.arraycopy(source, from, data, length, n);
        length += n;
    }

    void put(byte[] source) {
        put(source, 0, source.length);
    }

    void put(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            put(latin1.charAt(i));
        }
    }

    void clear() {
        length = 0;
    }

    int length() {
        return length;
    }

    byte[] data() {
        return data;
    }

    byte[] toArray() {
        return Arrays.copyOf(data, length);
    }

    String toLatin1() {
        return Latin1.of(data, 0, length);
    }
}
