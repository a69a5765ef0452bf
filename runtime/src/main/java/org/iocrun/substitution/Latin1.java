package org.iocrun.substitution;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * msi works on bytes, never on characters: iocrun keeps file contents, macro names and values as Latin-1 strings
 * (one char per byte) so every byte, UTF-8 or not, passes through unchanged. This class converts at the edges.
 */
final class Latin1 {

    /** The charset the JVM decoded command-line arguments, environment values and file names with. */
    private static final Charset NATIVE = nativeCharset();

    private Latin1() {
    }

    static String of(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytes(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a string, NUL-terminated, the form the translator scans. */
    static byte[] terminated(String latin1) {
        byte[] bytes = bytes(latin1);
        return java.util.Arrays.copyOf(bytes, bytes.length + 1);
    }

    /** A string from the outside world (argument, environment, path) as the bytes msi would have seen. */
    static String fromNative(String text) {
        return new String(text.getBytes(NATIVE), StandardCharsets.ISO_8859_1);
    }

    /** The inverse of {@link #fromNative}: bytes back to a string for file names and messages. */
    static String toNative(String latin1) {
        return new String(bytes(latin1), NATIVE);
    }

    /** C's isspace() in the C locale; bytes above 0x7f are never space. */
    static boolean isSpace(int b) {
        return b == ' ' || (b >= '\t' && b <= '\r');
    }

    private static Charset nativeCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
