package org.iocrun.templating.nodes;

import java.io.IOException;
import java.io.Writer;

/** The render's top-level output: counts what is written so a template cannot produce unbounded text. */
final class BoundedWriter extends Writer {

    private final Writer target;
    private final RenderContext ctx;
    private long written;

    BoundedWriter(Writer target, RenderContext ctx) {
        this.target = target;
        this.ctx = ctx;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        written += length;
        ctx.checkSize(written);
        target.write(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        written += length;
        ctx.checkSize(written);
        target.write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
        target.flush();
    }

    @Override
    public void close() throws IOException {
        target.close();
    }
}
