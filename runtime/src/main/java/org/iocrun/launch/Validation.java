package org.iocrun.launch;

import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.generation.DatabaseTemplates;
import org.iocrun.generation.GeneratedFiles;
import org.iocrun.generation.GenerationRequest;
import org.iocrun.generation.Generator;
import org.iocrun.generation.PviSettings;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MissingTemplate;
import org.iocrun.substitution.MsiOptions;
import org.iocrun.yaml.YamlLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code iocrun validate}: everything generation checks, without writing. It runs the same generation as start and
 * render, in memory (templates render, ids resolve, pvi device files exist), and, given the support tree, checks that
 * every database template of ioc.subst is on start's include path. A config folder with start.sh or a hand-written
 * st.cmd is valid when start would accept it.
 */
public final class Validation {

    /**
     * The settings every target of one {@code validate} is checked with.
     *
     * @param definitions support files and folders, or empty for the image's ibek-defs plus the config folder's
     * @param pviDefs     folders of pvi device files, searched in order; empty for $EPICS_ROOT/pvi-defs
     * @param pvi         whether the pvi device files are checked as OPI generation reads them
     * @param environment the environment the check sees (see {@link #environment})
     * @param support     the image's support tree, when known: the database templates are checked against it
     */
    public record Request(List<Path> definitions, List<Path> pviDefs, boolean pvi, Map<String, String> environment,
                          Optional<Path> support) {

        public Request {
            definitions = List.copyOf(definitions);
            pviDefs = List.copyOf(pviDefs);
            environment = Map.copyOf(environment);
        }
    }

    private final YamlLoader yaml;
    private final Generator generator;
    private final Consumer<List<Problem>> warnings;

    public Validation(YamlLoader yaml, Generator generator, Consumer<List<Problem>> warnings) {
        this.yaml = yaml;
        this.generator = generator;
        this.warnings = warnings;
    }

    /** The support tree: the one given, else $SUPPORT when set. */
    public static Optional<Path> supportTree(Path given, Map<String, String> environment) {
        if (given != null) {
            return Optional.of(given);
        }
        String fromEnvironment = environment.get("SUPPORT");
        return fromEnvironment == null || fromEnvironment.isEmpty() ? Optional.empty() : Optional.of(Path.of(fromEnvironment));
    }

    /** The environment as start has it: {@code environment}, then the support tree's RELEASE.shell exports. */
    public static Map<String, String> environment(Map<String, String> environment, Optional<Path> support) {
        Map<String, String> withRelease = new HashMap<>(environment);
        support.ifPresent(tree -> {
            try {
                ReleaseShell.read(tree.resolve("configure/RELEASE.shell")).forEach(withRelease::putIfAbsent);
            } catch (IOException e) {
                // start reads the same file and reports it; here a missing or unreadable one only leaves names unset
            }
        });
        return withRelease;
    }

    /** Checks one target (a config folder or an instance file) as start would take it; what was checked. */
    public String validate(Path target, Request request) throws UserError {
        if (Files.isDirectory(target)) {
            switch (ConfigFolder.classify(target)) {
                case START_SCRIPT -> {
                    return "start.sh, which start runs as it is";
                }
                case HAND_WRITTEN -> {
                    return handWritten(target, request);
                }
                case NOTHING -> throw new UserError(Problem.error(SourcePosition.unknown(target),
                        "the config folder holds no IOC instance: none of start.sh, ioc.yaml or st.cmd",
                        "a config folder holds ioc.yaml (ibek instance), st.cmd (+ ioc.subst/ioc.db), or start.sh"));
                case IOC_YAML -> {
                }
            }
        }
        EpicsPaths paths = EpicsPaths.from(request.environment());
        GenerationInputs inputs = GenerationInputs.resolve(target, List.of(), request.definitions(), paths);
        Path configDir = inputs.configDir() != null ? inputs.configDir() : target.toAbsolutePath().getParent();
        GeneratedFiles generated = generator.generate(new GenerationRequest(inputs.instanceFiles(),
                inputs.loadTypes(yaml), request.environment(), false,
                request.pvi() ? Optional.of(new PviSettings(request.pviDefs().isEmpty() ? List.of(paths.pviDefs())
                        : request.pviDefs(), configDir))
                        : Optional.empty()));
        warnings.accept(generated.warnings());
        Optional<Path> tree = request.support();
        if (tree.isPresent()) {
            List<Problem> missing = DatabaseTemplates.missing(generated, configDir, tree.get(), request.environment());
            if (!missing.isEmpty()) {
                throw new UserError(missing);
            }
        }
        long count = generated.entities().size();
        return count + " entit" + (count == 1 ? "y" : "ies") + (tree.isPresent() ? ", database templates found" : "");
    }

    /** A hand-written st.cmd: start copies it; its ioc.subst's templates must be on the include path. */
    private static String handWritten(Path configDir, Request request) throws UserError {
        Path subst = configDir.resolve("ioc.subst");
        Optional<Path> tree = request.support();
        if (!Files.isRegularFile(subst) || tree.isEmpty()) {
            return "hand-written st.cmd, which start copies as it is";
        }
        try {
            IncludePath includes = IncludePath.forIoc(configDir.toAbsolutePath(), tree.get().toAbsolutePath(),
                    configDir.toAbsolutePath());
            List<MissingTemplate> missing = new DbExpander(MsiOptions.defaults().withIncludePath(includes)
                    .withEnvironment(request.environment())).findMissingTemplates(subst);
            if (!missing.isEmpty()) {
                throw new UserError(missing.stream().map(m -> Problem.error(m.position(),
                        "database template '" + m.fileName() + "' is not on the include path", m.searched())).toList());
            }
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(subst),
                    "cannot check the database templates: " + FileProblems.reason(e)));
        }
        return "hand-written st.cmd, database templates found";
    }
}
