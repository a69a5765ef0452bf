package org.iocrun.loading;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.Problems;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.model.EntityModel;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.Suggestions;
import org.iocrun.model.SupportModule;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explains a name an instance uses that the image's definitions lack (issue 16): instances outlive the images they
 * were written for, and real ones still name {@code ADCore.NDPvaPlugin} (renamed {@code NDPvxsPlugin} in
 * ibek-support 2025-07) or {@code __utils__.get_env} (ibek 3.0's {@code _global}). The hint names the closest
 * names, a known rename, and where the definitions came from: the support file and the ibek schema release its
 * {@code $schema} line names. One note per run then says that the instance may be for another image version,
 * naming the release its own {@code $schema} line points at.
 */
public final class VersionSkew {

    /** Renames from ibek's and ibek-support's history (ibek convert/ibek2to3.py; ibek-support 654c18a). */
    private static final Map<String, String> KNOWN_RENAMES = Map.of(
            "ADCore.NDPvaPlugin", "ADCore.NDPvxsPlugin|ibek-support, 2025-07",
            "__utils__", "_global|ibek 3.0.0",
            "get_var", "get|ibek 3.0.0",
            "set_var", "set|ibek 3.0.0",
            "counter", "incrementor|ibek 3.0.0");

    /** What the instance's templates can call on {@code _global} (ibek utils.py Utils). */
    private static final List<String> GLOBAL_METHODS = List.of("get_env", "set", "get", "incrementor");

    private static final Pattern SCHEMA_RELEASE = Pattern.compile(
            "\\$schema=\\S*?/([^/\\s]+)/releases/download/([^/\\s]+)/");
    private static final Pattern UNDEFINED_NAME = Pattern.compile("'([A-Za-z_][A-Za-z0-9_]*)' is undefined");
    private static final Pattern MISSING_GLOBAL = Pattern.compile("'Utils object' has no attribute '([A-Za-z_][A-Za-z0-9_]*)'");

    private static final String NOTE = "the instance may have been written for another image version";

    private VersionSkew() {
    }

    /** The hint for an entity type the definitions lack: a known rename, the closest types, where the module is from. */
    public static String unknownType(EntityTypes types, String typeName) {
        List<String> parts = new ArrayList<>();
        renamed(typeName).filter(r -> types.find(r.name()).isPresent())
                .ifPresent(r -> parts.add(typeName + " was renamed " + r.name() + " (" + r.when() + ")"));
        String didYouMean = Suggestions.didYouMean(types.closest(typeName, 3));
        if (!didYouMean.isEmpty()) {
            parts.add(didYouMean);
        }
        int dot = typeName.lastIndexOf('.');
        String module = dot < 0 ? typeName : typeName.substring(0, dot);
        List<SupportModule> defining = types.modules().stream().filter(m -> m.module().equals(module)).toList();
        if (defining.isEmpty()) {
            List<String> names = types.modules().stream().map(SupportModule::module).distinct().toList();
            String closest = Suggestions.didYouMean(Suggestions.closest(module, names, 3));
            parts.add("no support file loaded defines module '" + module + "'"
                    + (closest.isEmpty() ? " (" + names.size() + " modules loaded)" : "; " + closest.replace("did you mean ", "did you mean module ")));
        } else {
            for (SupportModule m : defining) {
                parts.add("module " + module + " comes from " + origin(m.file()));
            }
        }
        return String.join("; ", parts);
    }

    /**
     * The hint for a parameter {@code model} lacks: the closest names (or all of them), the models of the same
     * module that do declare it (parameters move between entities), and where the model is from.
     */
    public static String unknownParameter(EntityTypes types, EntityModel model, String key) {
        String didYouMean = Suggestions.didYouMean(Suggestions.closest(key, model.parameters().keySet(), 3));
        List<String> parts = new ArrayList<>();
        parts.add(didYouMean.isEmpty() ? "its parameters are: " + String.join(", ", model.parameters().keySet()) : didYouMean);
        List<String> holders = types.all().stream()
                .filter(m -> m.module().equals(model.module()) && m.parameters().containsKey(key))
                .map(EntityModel::typeName).limit(3).toList();
        if (!holders.isEmpty()) {
            parts.add(key + " is a parameter of " + String.join(", ", holders));
        }
        Path file = model.position().file();
        if (file != null) {
            parts.add(model.typeName() + " comes from " + origin(file));
        }
        return String.join("; ", parts);
    }

    /**
     * The hint for a render that failed on a Jinja global the image's ibek lacks ({@code __utils__}, or a method of
     * {@code _global} such as {@code get_var}), or empty for any other failure.
     */
    public static Optional<String> unknownGlobal(String renderMessage) {
        Matcher undefined = UNDEFINED_NAME.matcher(renderMessage);
        if (undefined.find()) {
            return renamed(undefined.group(1)).map(r -> undefined.group(1) + " was renamed " + r.name() + " ("
                    + r.when() + "): _global has " + String.join(", ", GLOBAL_METHODS));
        }
        Matcher missing = MISSING_GLOBAL.matcher(renderMessage);
        if (missing.find()) {
            String name = missing.group(1);
            String rename = renamed(name).map(r -> name + " was renamed " + r.name() + " (" + r.when() + "); ").orElse("");
            return Optional.of(rename + "_global has " + String.join(", ", GLOBAL_METHODS));
        }
        return Optional.empty();
    }

    /**
     * Whether a problem is one of those above and looks like version skew rather than a typo: a name the
     * definitions lack that was renamed, that another model of the module declares, or that has no close name. A
     * misspelling (a close name, nothing else) gets its did-you-mean and no note about image versions.
     */
    static boolean isSkew(Problem p) {
        if (!p.isError()) {
            return false;
        }
        if (unknownGlobal(p.message()).isPresent()) {
            return true;
        }
        boolean missingName = p.message().startsWith("unknown entity type ") || p.message().contains(" has no parameter '");
        String hint = p.hint() == null ? "" : p.hint();
        return missingName && (hint.contains(" was renamed ") || hint.contains(" is a parameter of ")
                || !hint.contains("did you mean"));
    }

    /**
     * Throws the errors collected so far, if any, as {@link Problems#throwIfErrors} does, followed (once, however
     * many there are) by a note that the instance may be for another image version when any of them is a name the
     * definitions lack. The note sits at the first instance file's first line and names the release its
     * {@code $schema} line points at.
     */
    public static void throwIfErrors(Problems problems, Path instanceFile) throws UserError {
        if (!problems.hasErrors()) {
            return;
        }
        List<Problem> errors = new ArrayList<>(problems.all().stream().filter(Problem::isError).toList());
        if (errors.stream().anyMatch(VersionSkew::isSkew)) {
            String release = schemaRelease(instanceFile).map(r -> " (its $schema line names " + r + ")").orElse("");
            errors.add(new Problem(Problem.Severity.WARNING, new SourcePosition(instanceFile, 1, 1), NOTE + release
                    + ": names it uses are missing from this image's support definitions (see the errors)",
                    "use the names the image defines (its ibek.ioc.schema.json lists them), or the image the instance was written for"));
        }
        throw new UserError(errors);
    }

    /** "FILE (its $schema line names ibek 3.0.1)", or the file alone when its first line names no release. */
    static String origin(Path supportFile) {
        return supportFile + schemaRelease(supportFile).map(r -> " (its $schema line names " + r + ")").orElse("");
    }

    /**
     * The release a file's {@code # yaml-language-server: $schema=.../<repo>/releases/download/<version>/...}
     * line names, as "REPO VERSION" ("ibek 3.0.1", "ioc-adsimdetector 2025.3.4"); empty for a relative schema path
     * or no such line. Read only on the error path.
     */
    static Optional<String> schemaRelease(Path file) {
        if (file == null) {
            return Optional.empty();
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 3; i++) {
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                Matcher m = SCHEMA_RELEASE.matcher(line);
                if (line.startsWith("#") && m.find()) {
                    return Optional.of(m.group(1) + " " + m.group(2));
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private record Rename(String name, String when) {
    }

    private static Optional<Rename> renamed(String old) {
        String entry = KNOWN_RENAMES.get(old);
        if (entry == null) {
            return Optional.empty();
        }
        int bar = entry.indexOf('|');
        return Optional.of(new Rename(entry.substring(0, bar), entry.substring(bar + 1)));
    }
}
