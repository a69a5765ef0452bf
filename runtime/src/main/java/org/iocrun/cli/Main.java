package org.iocrun.cli;

import picocli.CommandLine;

/** Entry point of the iocrun jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ProcessSettings.apply();
        int status = run(args);
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
