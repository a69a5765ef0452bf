package org.iocrun.cli;

import org.iocrun.diagnostics.ProblemFormat;
import picocli.CommandLine.Model.CommandSpec;

/** Options every working command takes. */
final class CommonOptions {

    /** The option UserErrorHandler looks for by name, to print a failed command's problems in its format. */
    static final String FORMAT = "--format";

    boolean debug;

    boolean quiet;

    ProblemFormat format = ProblemFormat.TEXT;

    /** Adds these options to a command's own (UserErrorHandler looks for --debug by name). */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(boolean.class, debug, v -> debug = v, "--debug")
                .description("Show stack traces of errors.").build());
        spec.addOption(CommandSpecs.option(boolean.class, quiet, v -> quiet = v, "-q", "--quiet")
                .description("Print errors only, no warnings or progress.").build());
    }

    /** Adds {@code --format} for commands whose problems a program may read (validate, render). */
    void addFormatTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(ProblemFormat.class, format, v -> format = v, FORMAT)
                .paramLabel("text|json|github").defaultValue("text")
                .description("How problems are printed: text (with source excerpts, on stderr), json (one object per "
                        + "line: file, line, column, severity, message, hint) or github (workflow annotations); json "
                        + "and github go to stdout.").build());
    }
}
