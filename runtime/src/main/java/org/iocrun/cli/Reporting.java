package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.ProblemFormat;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints problems the way the user asked ({@code --format}): text with excerpts on stderr, or json/github lines on
 * stdout for a program to read. Warnings the same way, unless quiet.
 */
final class Reporting {

    private Reporting() {
    }

    static void warnings(PrintWriter err, List<Problem> warnings, boolean quiet) {
        if (!quiet && !warnings.isEmpty()) {
            ProblemFormat.TEXT.print(warnings, err);
            err.flush();
        }
    }

    /** Warnings in the command's format, unless quiet. */
    static void warnings(CommandLine cli, List<Problem> warnings, CommonOptions common) {
        if (!common.quiet && !warnings.isEmpty()) {
            problems(cli, warnings, common.format);
        }
    }

    /** Problems in {@code format}: text to the error stream, the formats for programs to the output stream. */
    static void problems(CommandLine cli, List<Problem> problems, ProblemFormat format) {
        PrintWriter to = format.isForMachines() ? cli.getOut() : cli.getErr();
        format.print(problems, to);
        to.flush();
    }
}
