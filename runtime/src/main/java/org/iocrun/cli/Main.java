package org.iocrun.cli;

import picocli.CommandLine;

/** Entry point of the iocrun jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ProcessSettings.apply();
        int status;
        try {
            status = run(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // no input may end in a Java stack trace: the limits should stop it first, and if they do not, say so
            System.err.println("iocrun: ran out of " + (e instanceof OutOfMemoryError ? "memory" : "stack")
                    + " (is an input file far larger or deeper than IOC files are?)");
            if (java.util.Arrays.asList(args).contains("--debug")) {
                e.printStackTrace();
            } else {
                System.err.println("(run again with --debug for the stack trace)");
            }
            status = 1;
        }
        // success returns from main instead: System.exit sets up System.Logger to log the exit (~5 ms cold), and
        // no thread of ours outlives a command (the parallel loading uses the common pool's daemon threads)
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 bad input or failure, 2 usage error. */
    public static int run(String... args) {
        return IocrunCommand.commandLineFor(args).execute(args);
    }
}
