package org.iocrun.cli;

import picocli.CommandLine;

/** Entry point of the iocrun jar. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 bad input or failure, 2 usage error. */
    public static int run(String... args) {
        return IocrunCommand.commandLineFor(args).execute(args);
    }
}
