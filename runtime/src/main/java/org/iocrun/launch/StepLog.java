package org.iocrun.launch;

import java.io.PrintWriter;

/** One concise line per start step on stderr, with its duration; silent when quiet. */
public final class StepLog {

    private final PrintWriter out;
    private final boolean quiet;
    private long started = System.nanoTime();

    public StepLog(PrintWriter out, boolean quiet) {
        this.out = out;
        this.quiet = quiet;
    }

    /** Starts timing the next step. */
    public void begin() {
        started = System.nanoTime();
    }

    /** Reports the step begun last: "iocrun: {what} in N ms". */
    public void done(String what) {
        long ms = (System.nanoTime() - started) / 1_000_000;
        info(what + " in " + ms + " ms");
        begin();
    }

    public void info(String text) {
        if (!quiet) {
            out.println("iocrun: " + text);
            out.flush();
        }
    }

    public PrintWriter writer() {
        return out;
    }

    public boolean quiet() {
        return quiet;
    }
}
