package org.iocrun.substitution;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands EPICS substitution files and database templates exactly as msi (EPICS base 7.0) does, in process: the
 * output is byte-for-byte msi's, and so are the failures, but errors name file, line and column.
 *
 * <p>Failures throw {@link UserError}; whatever was expanded before the failure has been written, as with msi.
 */
public final class DbExpander {

    private final MsiOptions options;

    public DbExpander(MsiOptions options) {
        this.options = options;
    }

    /** {@code msi -S substFile}: writes the expansion of every row to {@code out} (not closed). */
    public ExpansionResult expandSubstitutions(Path substFile, OutputStream out) throws UserError, IOException {
        return expandSubstitutions(substFile, null, out);
    }

    /** {@code msi -S substFile template}: like msi, {@code template} (if not null) replaces every file name. */
    public ExpansionResult expandSubstitutions(Path substFile, String template, OutputStream out)
            throws UserError, IOException {
        SubstitutionFile file = parse(substFile);
        return run(out, true, e -> e.substitutions(file, template));
    }

    /** {@code msi template}: expands one template with the {@code -M} macros only. */
    public ExpansionResult expandTemplate(String template, OutputStream out) throws UserError, IOException {
        return run(out, true, e -> e.template(template, InputStream::nullInputStream));
    }

    /** {@code msi < template}: expands standard input (or any stream) as the template. */
    public ExpansionResult expandTemplate(InputStream template, OutputStream out) throws UserError, IOException {
        return run(out, true, e -> e.template(null, () -> template));
    }

    /**
     * {@code msi -D}: reads what an expansion would read, writing nothing; the result's
     * {@link ExpansionResult#filesOpened()} lists the files. {@code substFile} null means a template alone.
     */
    public ExpansionResult dependencies(Path substFile, String template, InputStream stdin)
            throws UserError, IOException {
        if (substFile == null) {
            return run(OutputStream.nullOutputStream(), false, e -> e.template(template, () -> stdin));
        }
        SubstitutionFile file = parse(substFile);
        return run(OutputStream.nullOutputStream(), false, e -> e.substitutions(file, template));
    }

    /**
     * Expands {@code substFile} into {@code dbFile} (start.sh's {@code msi -o ioc.db -S ioc.subst}), replacing it
     * only when the expansion succeeded; with {@link MsiOptions#undefinedIsError()} an undefined macro fails too.
     */
    public ExpansionResult expandToFile(Path substFile, Path dbFile) throws UserError, IOException {
        Path directory = dbFile.toAbsolutePath().getParent();
        // named by pid and clock, not by Files.createTempFile, whose SecureRandom cost ~12 ms of a cold start
        Path partial = directory.resolve(dbFile.getFileName() + "." + Long.toHexString(ProcessHandle.current().pid())
                + "-" + Long.toHexString(System.nanoTime()) + ".partial");
        try {
            ExpansionResult result;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                result = expandSubstitutions(substFile, out);
            }
            if (options.undefinedIsError() && result.undefinedMacros()) {
                List<Problem> errors = new ArrayList<>();
                for (Problem w : result.warnings()) {
                    errors.add(Problem.error(w.position(), w.message(), w.hint()));
                }
                throw new UserError(errors);
            }
            Files.move(partial, dbFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return result;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /**
     * The render-time check: every template the substitution file uses, not found on the include path. Empty when
     * msi would find them all. A file that msi would reject as malformed is reported as a {@link UserError}.
     */
    public List<MissingTemplate> findMissingTemplates(Path substFile) throws UserError, IOException {
        SubstitutionFile file = parse(substFile);
        List<MissingTemplate> missing = new ArrayList<>();
        SubstitutionStep.TemplateSet set = null;
        int rows = 0;
        for (SubstitutionStep step : file.steps()) {
            switch (step) {
                case SubstitutionStep.TemplateSet s -> {
                    check(set, rows, missing);
                    set = s;
                    rows = 0;
                }
                case SubstitutionStep.Row r -> rows++;
                case SubstitutionStep.Globals g -> { }
                case SubstitutionStep.Failure f -> throw new UserError(f.problem());
            }
        }
        check(set, rows, missing);
        return missing;
    }

    /** {@link #findMissingTemplates(Path)} with just an include path and an environment. */
    public static List<MissingTemplate> findMissingTemplates(Path substFile, List<Path> includeDirs,
                                                             Map<String, String> environment)
            throws UserError, IOException {
        MsiOptions options = MsiOptions.defaults().withIncludePath(IncludePath.of(includeDirs))
                .withEnvironment(environment);
        return new DbExpander(options).findMissingTemplates(substFile);
    }

    private void check(SubstitutionStep.TemplateSet set, int rows, List<MissingTemplate> missing) {
        if (set == null || rows == 0) {
            return;
        }
        if (set.templateName() == null) {
            String written = set.written() == null ? "" : unquoted(Latin1.toNative(set.written()));
            missing.add(new MissingTemplate(written, set.position(), set.blockIndex(), rows,
                    set.written() == null ? "no file block" : "an environment variable in the name is not set"));
            return;
        }
        String name = Latin1.toNative(set.templateName());
        if (options.includePath().find(name, options.workingDirectory()).isEmpty()) {
            missing.add(new MissingTemplate(name, set.position(), set.blockIndex(), rows,
                    options.includePath().describeSearch(name)));
        }
    }

    /** The name as written, without the double quotes ioc.subst puts around it, so messages quote it once. */
    private static String unquoted(String written) {
        return written.length() >= 2 && written.startsWith("\"") && written.endsWith("\"")
                ? written.substring(1, written.length() - 1) : written;
    }

    private SubstitutionFile parse(Path substFile) throws UserError, IOException {
        Path resolved = options.workingDirectory().resolve(substFile);
        byte[] content;
        try {
            content = Files.readAllBytes(resolved);
        } catch (NoSuchFileException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(substFile), "substitution file not found"));
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(substFile),
                    "cannot read substitution file: " + e.getMessage()));
        }
        Map<String, String> environment = new java.util.HashMap<>();
        options.environment().forEach((k, v) -> environment.put(Latin1.fromNative(k), Latin1.fromNative(v)));
        return SubstitutionParser.parse(substFile, content, environment);
    }

    private interface Work {
        void run(Expansion expansion) throws UserError, IOException;
    }

    private ExpansionResult run(OutputStream out, boolean expandText, Work work) throws UserError, IOException {
        Expansion expansion = new Expansion(options, out, expandText);
        try {
            work.run(expansion);
        } finally {
            expansion.flush();
        }
        return expansion.result();
    }
}
