package org.iocrun.cli;

import picocli.CommandLine;

/** Entry point of the iocrun jar. */
public final class Main {

    private Main() {
    }

    /** SLF4J's property naming its provider; pebble and victools log through SLF4J. */
    static final String SLF4J_PROVIDER = "slf4j.provider";

    public static void main(String[] args) {
        nameTheLoggingProvider();
        int status = run(args);
        // success returns from main instead: System.exit sets up System.Logger to log the exit (~5 ms cold), and
        // no thread of ours outlives a command (the parallel loading uses the common pool's daemon threads)
        if (status != 0) {
            System.exit(status);
        }
    }

    /** SLF4J's own reporting threshold: at its default it announces a provider named by property on stderr. */
    static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    /**
     * Names SLF4J's no-op provider (the one the jar carries) unless the user named one: otherwise SLF4J finds it
     * by a service-loader scan of the jar, ~20 ms of a cold start.
     */
    static void nameTheLoggingProvider() {
        if (System.getProperty(SLF4J_PROVIDER) == null) {
            System.setProperty(SLF4J_PROVIDER, "org.slf4j.nop.NOPServiceProvider");
            if (System.getProperty(SLF4J_VERBOSITY) == null) {
                System.setProperty(SLF4J_VERBOSITY, "WARN");
            }
        }
    }

    /** Runs the command line and returns the exit code: 0 ok, 1 bad input or failure, 2 usage error. */
    public static int run(String... args) {
        return IocrunCommand.commandLineFor(args).execute(args);
    }
}
