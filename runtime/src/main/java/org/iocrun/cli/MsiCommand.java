package org.iocrun.cli;

import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.ExpansionResult;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MsiOptions;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code iocrun msi}: a drop-in for EPICS msi with its options and exit codes (0 ok, 1 failure, 2 undefined
 * macros with -V), so scripts can call it unchanged.
 */
public final class MsiCommand implements Callable<Integer> {

    List<String> includes = new ArrayList<>();

    List<String> macros = new ArrayList<>();

    Path substitutions;

    Path output;

    boolean undefinedIsError;

    boolean globalScope;

    boolean dependencies;

    boolean help;

    String template;

    CommandSpec spec;

    /**
     * The command's picocli model (CommandSpecs says why it is built in code): msi's options in msi's order, no
     * -V/--version (-V is msi's), and bad usage exits 1 as msi does.
     */
    static CommandSpec spec(MsiCommand c) {
        c.spec = CommandSpecs.command(c, "msi",
                "Macro substitution and include, like EPICS msi: expands a template, or every row of a",
                "substitution file (-S), to standard output or -o FILE. Stdin is the template when neither a",
                "template nor -S is given.");
        c.spec.exitCodeOnInvalidInput(1);
        c.spec.usageMessage().sortOptions(false);
        c.spec.addOption(CommandSpecs.listOption(String.class, c.includes, v -> c.includes = v, "-I").paramLabel("DIR")
                .description("Add DIR (a ':' list) to the include file search path.").build());
        c.spec.addOption(CommandSpecs.listOption(String.class, c.macros, v -> c.macros = v, "-M").paramLabel("SUBST")
                .description("Add SUBST (VAR=VALUE,...) to the global macros.").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.substitutions, v -> c.substitutions = v, "-S")
                .paramLabel("FILE").description("Expand the substitutions in FILE.").build());
        c.spec.addOption(CommandSpecs.option(Path.class, c.output, v -> c.output = v, "-o").paramLabel("FILE")
                .description("Send output to FILE.").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.undefinedIsError, v -> c.undefinedIsError = v, "-V")
                .description("Undefined macros generate an error (exit status 2).").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.globalScope, v -> c.globalScope = v, "-g")
                .description("All macros have global scope.").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.dependencies, v -> c.dependencies = v, "-D")
                .description("Output file dependencies (needs -o for the Makefile target), not substitutions.").build());
        c.spec.addOption(CommandSpecs.option(boolean.class, c.help, v -> c.help = v, "-h", "--help").usageHelp(true)
                .description("Print this help message.").build());
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(String.class, c.template, v -> c.template = v)
                .arity("0..1").paramLabel("template").description("The template (for all rows with -S)."));
        return c.spec;
    }

    /** Where the expansion goes without -o, and where a template comes from without one; replaceable in tests. */
    OutputStream stdout = System.out;
    InputStream stdin = System.in;
    /** msi's current directory and environment (file names in substitution files may use its variables). */
    Path workingDirectory = Path.of("").toAbsolutePath();
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() throws UserError, IOException {
        MsiOptions options = MsiOptions.defaults()
                .withIncludePath(IncludePath.fromArguments(includes))
                .withMacros(macros)
                .withEnvironment(environment)
                .withUndefinedIsError(undefinedIsError)
                .withGlobalScope(globalScope)
                .withWorkingDirectory(workingDirectory);
        DbExpander expander = new DbExpander(options);
        ExpansionResult result = dependencies ? dependencies(expander) : expand(expander);
        report(result);
        return undefinedIsError && result.undefinedMacros() ? 2 : 0;
    }

    private ExpansionResult expand(DbExpander expander) throws UserError, IOException {
        if (output == null) {
            return expandTo(expander, stdout);
        }
        Path target = workingDirectory.resolve(output);
        OutputStream file;
        try {
            file = Files.newOutputStream(target);
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(output), "cannot open output for writing: "
                    + FileProblems.reason(e)));
        }
        boolean done = false;
        try (OutputStream named = new WriteFailures(file)) {
            ExpansionResult result = expandTo(expander, named);
            done = true;
            return result;
        } catch (WriteFailures.Failure e) {
            throw new UserError(Problem.error(SourcePosition.unknown(output), "cannot write the output file: "
                    + FileProblems.reason(e.cause())));
        } finally {
            if (!done && Files.isRegularFile(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // as msi: a failed run leaves no half-written output behind (a device or pipe is not ours to remove)
                Files.deleteIfExists(target);
            }
        }
    }

    private ExpansionResult expandTo(DbExpander expander, OutputStream out) throws UserError, IOException {
        if (substitutions != null) {
            return expander.expandSubstitutions(substitutions, template, out);
        }
        return template != null ? expander.expandTemplate(template, out) : expander.expandTemplate(stdin, out);
    }

    /** msi -D: {@code target: file \ file ...}, the Makefile rule of what the expansion reads. */
    private ExpansionResult dependencies(DbExpander expander) throws UserError, IOException {
        if (output == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Option -D requires -o for the Makefile target");
        }
        StringBuilder rule = new StringBuilder(output + ":");
        try {
            ExpansionResult result = expander.dependencies(substitutions, template, stdin);
            appendFiles(rule, result.filesOpened());
            return result;
        } finally {
            stdout.write(rule.append('\n').toString().getBytes());
            stdout.flush();
        }
    }

    private static void appendFiles(StringBuilder rule, List<String> files) {
        for (int i = 0; i < files.size(); i++) {
            rule.append(i == 0 ? "" : " \\\n").append(' ').append(files.get(i));
        }
    }

    private void report(ExpansionResult result) {
        if (result.warnings().isEmpty()) {
            return;
        }
        PrintWriter err = spec.commandLine().getErr();
        ProblemPrinter printer = new ProblemPrinter(err);
        result.warnings().forEach(printer::print);
        if (result.omittedWarnings() > 0) {
            err.println("... and " + result.omittedWarnings() + " more warnings");
        }
        err.flush();
    }
}
