package org.iocrun.cli;

import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.ProblemFormat;
import org.iocrun.diagnostics.UserError;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * Turns exceptions from commands into exit codes: a {@link UserError} prints its problems (with source
 * excerpts) and exits 1 without a stack trace; anything else is a bug and prints its trace with --debug.
 */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        boolean debug = parsed != null && hasDebug(parsed);
        if (ex instanceof UserError userError) {
            Reporting.problems(cli, userError.problems(), format(parsed));
            if (debug) {
                ex.printStackTrace(err);
            }
        } else if (ex instanceof java.io.IOException io) {
            // a file that cannot be read or written is the user's environment, not a bug
            Optional<Problem> atFile = FileProblems.of(io);
            if (atFile.isPresent()) {
                Reporting.problems(cli, List.of(atFile.get()), format(parsed));
            } else {
                // the exception names no file (a stream failed, as on a full disk): name the command's output
                err.println("iocrun " + cli.getCommandName() + ": reading or writing a file failed"
                        + output(parsed).map(o -> " (output " + o + ")").orElse("") + ": " + FileProblems.reason(io));
            }
            if (debug) {
                ex.printStackTrace(err);
            }
        } else {
            err.println("iocrun: internal error: " + ex);
            if (debug) {
                ex.printStackTrace(err);
            } else {
                err.println("(run again with --debug for the stack trace)");
            }
        }
        err.flush();
        return 1;
    }

    /** The failed command's {@code --format}, text when it has none (CommonOptions.addFormatTo). */
    private static ProblemFormat format(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption(CommonOptions.FORMAT)) {
                return p.matchedOptionValue(CommonOptions.FORMAT, ProblemFormat.TEXT);
            }
        }
        return ProblemFormat.TEXT;
    }

    /** The failed command's {@code -o}/{@code --output} value, if it was given one. */
    private static Optional<Object> output(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            CommandLine.Model.OptionSpec option = p.matchedOption("--output");
            if (option == null) {
                option = p.matchedOption("-o");
            }
            if (option != null && p.subcommand() == null) {
                return Optional.ofNullable(option.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean hasDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
