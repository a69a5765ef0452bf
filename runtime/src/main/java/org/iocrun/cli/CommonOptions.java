package org.iocrun.cli;

import picocli.CommandLine.Option;

/** Options every working command takes. */
final class CommonOptions {

    @Option(names = "--debug", description = "Show stack traces of errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, no warnings or progress.")
    boolean quiet;
}
