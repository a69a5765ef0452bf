package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MsiOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * ibek's {@code runtime generate-autosave} (runtime-contract §5): make every support module's {@code *.req} file
 * visible in {@code $EPICS_ROOT/autosave} (config-folder files override), then for each template of ioc.subst
 * whose stem has {@code <stem>_settings.req} / {@code <stem>_positions.req} there, write
 * {@code autosave_<suffix>.subst} with the same rows and expand it into {@code autosave_<suffix>.req}.
 */
public final class AutosaveRequests {

    static final List<String> SUFFIXES = List.of("positions", "settings");

    private AutosaveRequests() {
    }

    /** A template file's block of ioc.subst: the file name and the text from its opening to its closing brace. */
    public record Block(String file, String body) {
    }

    /** ibek's parse of ioc.subst ({@code runtime_cmds/autosave.py}), the same regular expression. */
    private static final Pattern BLOCK = Pattern.compile("file *\"?([^\" ]*)\"[\\s\\S]*?((?:\\{[\\s\\S]*?)*?\\}[\\s\\S]\\})");

    public static List<Block> blocks(String substText) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(substText);
        while (m.find()) {
            blocks.add(new Block(m.group(1), m.group(2)));
        }
        return blocks;
    }

    /**
     * Symlinks {@code support/**}{@code /*.req} into {@code autosaveDir} unless a file of that name is there, then
     * the config folder's {@code *.req} over any existing one. Returns warnings (an unwritable folder is not fatal).
     */
    public static List<Problem> linkRequestFiles(Path support, Path configDir, Path autosaveDir) {
        List<Problem> warnings = new ArrayList<>();
        try {
            List<Path> supportRequests = reqFiles(support, true);
            List<Path> configRequests = reqFiles(configDir, false);
            if (supportRequests.isEmpty() && configRequests.isEmpty()) {
                // nothing to link: leave EPICS_ROOT untouched (it may be a read-only root filesystem)
                return warnings;
            }
            Files.createDirectories(autosaveDir);
            for (Path req : supportRequests) {
                Path link = autosaveDir.resolve(req.getFileName().toString());
                if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createSymbolicLink(link, req.toAbsolutePath());
                }
            }
            for (Path req : configRequests) {
                Path link = autosaveDir.resolve(req.getFileName().toString());
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, req.toAbsolutePath());
            }
        } catch (IOException | UnsupportedOperationException e) {
            warnings.add(Problem.warning(org.iocrun.diagnostics.SourcePosition.unknown(autosaveDir),
                    "cannot link autosave request files into " + autosaveDir + ": " + e.getMessage()));
        }
        return warnings;
    }

    /** Symlinks the {@code *.req} files of {@code from} (not its subfolders; none when it does not exist) into {@code into}. */
    public static void linkExisting(Path from, Path into) throws IOException {
        for (Path req : reqFiles(from, false)) {
            Files.createSymbolicLink(into.resolve(req.getFileName().toString()), req.toAbsolutePath());
        }
    }

    /** Writes autosave_{positions,settings}.{subst,req} into {@code runtime}; returns the .req files written. */
    public static List<String> generate(List<Block> blocks, Path autosaveDir, Path runtime, Map<String, String> env)
            throws UserError, IOException {
        List<String> written = new ArrayList<>();
        for (String suffix : SUFFIXES) {
            StringBuilder subst = new StringBuilder();
            for (Block block : blocks) {
                String req = stem(block.file()) + "_" + suffix + ".req";
                if (Files.exists(autosaveDir.resolve(req))) {
                    subst.append("file \"").append(req).append("\" ").append(block.body()).append("\n\n");
                }
            }
            if (subst.isEmpty()) {
                continue;
            }
            Path substFile = runtime.resolve("autosave_" + suffix + ".subst");
            Files.writeString(substFile, subst, StandardCharsets.UTF_8);
            MsiOptions options = MsiOptions.defaults().withIncludePath(IncludePath.of(List.of(autosaveDir)))
                    .withEnvironment(env).withWorkingDirectory(runtime);
            new DbExpander(options).expandToFile(substFile, runtime.resolve("autosave_" + suffix + ".req"));
            written.add("autosave_" + suffix + ".req");
        }
        return written;
    }

    /** Python's {@code Path(file).stem} of a template name that may hold macros and folders. */
    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static List<Path> reqFiles(Path dir, boolean recursive) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = recursive ? Files.walk(dir) : Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".req") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
