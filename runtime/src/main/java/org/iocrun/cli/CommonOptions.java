package org.iocrun.cli;

import picocli.CommandLine.Model.CommandSpec;

/** Options every working command takes. */
final class CommonOptions {

    boolean debug;

    boolean quiet;

    /** Adds these options to a command's own (UserErrorHandler looks for --debug by name). */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(boolean.class, debug, v -> debug = v, "--debug")
                .description("Show stack traces of errors.").build());
        spec.addOption(CommandSpecs.option(boolean.class, quiet, v -> quiet = v, "-q", "--quiet")
                .description("Print errors only, no warnings or progress.").build());
    }
}
