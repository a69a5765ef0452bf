package org.iocrun.cli;

import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.diagnostics.Problem;

import java.io.PrintWriter;
import java.util.List;

/** Prints warnings the same way errors are printed (position, excerpt), unless quiet. */
final class Reporting {

    private Reporting() {
    }

    static void warnings(PrintWriter err, List<Problem> warnings, boolean quiet) {
        if (!quiet && !warnings.isEmpty()) {
            new ProblemPrinter(err).print(warnings);
            err.flush();
        }
    }
}
