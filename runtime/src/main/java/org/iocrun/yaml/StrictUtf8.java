package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Decodes a file's bytes as UTF-8 and refuses anything else, naming the line and column of the first
 * bad byte: a replacement character slipping into a PV name would only surface much later, far from
 * its cause. A leading byte-order mark is dropped, as YAML allows.
 */
final class StrictUtf8 {

    private static final int BOM = 0xFEFF;

    private StrictUtf8() {
    }

    static String decode(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new LoadFailure(badByte(bytes, in.position(), file));
        }
        decoder.flush(out);
        out.flip();
        if (out.hasRemaining() && out.get(0) == BOM) {
            out.position(1);
        }
        return out.toString();
    }

    /** Line and column (in characters) of the byte at {@code offset}; everything before it is valid. */
    private static Problem badByte(byte[] bytes, int offset, Path file) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        if (line == 1 && before.startsWith("\uFEFF")) {
            column--;
        }
        String hex = String.format("0x%02X", bytes[offset] & 0xFF);
        return Problem.error(new SourcePosition(file, line, column), "invalid UTF-8 byte " + hex,
                "YAML files must be UTF-8; convert the file (e.g. with iconv) or fix the character");
    }
}
