package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.DefinitionFiles;
import org.iocrun.loading.Definitions;
import org.iocrun.model.EntityTypes;
import org.iocrun.yaml.YamlLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a generation reads, found as ibek's generate2 finds it (the one definitions discovery of start, render,
 * validate, generate2 and diff): a config folder's ioc.yaml and runtime.yaml (plus extra instance files), and the
 * support definitions: the given files and folders (folders searched recursively), or else the image's ibek-defs
 * plus the config folder's own.
 *
 * @param configDir the config folder, or null when the instance was given as a file
 */
public record GenerationInputs(List<Path> instanceFiles, List<Path> definitionFiles, Path configDir) {

    public GenerationInputs {
        instanceFiles = List.copyOf(instanceFiles);
        definitionFiles = List.copyOf(definitionFiles);
    }

    public static GenerationInputs resolve(Path configOrInstance, List<Path> extraInstances, List<Path> definitions,
                                           EpicsPaths paths) throws UserError {
        List<Path> instances = new ArrayList<>(extraInstances);
        Path configDir = null;
        if (configOrInstance != null) {
            if (Files.isDirectory(configOrInstance)) {
                configDir = configOrInstance;
                instances.addAll(DefinitionFiles.instanceFilesIn(configOrInstance));
            } else if (Files.isRegularFile(configOrInstance)) {
                instances.add(configOrInstance);
            } else {
                throw new UserError(Problem.error(SourcePosition.unknown(configOrInstance),
                        "no such config folder or instance file", "give a folder holding ioc.yaml, or an instance YAML file"));
            }
        }
        for (Path p : instances) {
            if (!Files.isRegularFile(p)) {
                throw new UserError(Problem.error(SourcePosition.unknown(p), "no such instance file"));
            }
        }
        if (instances.isEmpty()) {
            throw new UserError(Problem.error(SourcePosition.unknown(configOrInstance),
                    "no instance YAML files found", "a config folder must hold ioc.yaml (and optionally runtime.yaml)"));
        }
        List<Path> defs = definitions.isEmpty()
                ? DefinitionFiles.defaultDefinitions(paths.epicsRoot(), configDir)
                : DefinitionFiles.givenDefinitions(definitions);
        if (defs.isEmpty()) {
            throw new UserError(Problem.error(SourcePosition.unknown(paths.ibekDefs()),
                    "no support definitions found (no *.ibek.support.yaml under " + paths.ibekDefs()
                            + (configDir == null ? "" : " or " + configDir) + ")",
                    "a Generic IOC image installs them in $EPICS_ROOT/ibek-defs; elsewhere give them with"
                            + " --definitions FILE|DIR, or set EPICS_ROOT"));
        }
        return new GenerationInputs(instances, defs, configDir);
    }

    /**
     * Where pvi device-file overrides are looked for: the config folder named on the command line, as ibek's
     * generate2 sees it in a container ($EPICS_ROOT/ioc/config is the folder start.sh passes); the environment's
     * CONFIG_DIR/$IOC/config only when no folder was named (instance files alone), since a local run with the
     * image's IOC=/epics/ioc would otherwise miss the folder's overrides.
     */
    public Path pviOverrideFolder(EpicsPaths paths) {
        return configDir != null ? configDir : paths.configDir();
    }

    /** The folders the instance is read from (the config folder, each instance file's folder). */
    public List<Path> inputFolders() {
        List<Path> folders = new ArrayList<>();
        if (configDir != null) {
            folders.add(configDir);
        }
        instanceFiles.forEach(f -> folders.add(f.toAbsolutePath().getParent()));
        return folders;
    }

    public EntityTypes loadTypes(YamlLoader yaml) throws UserError {
        return Definitions.load(yaml, definitionFiles);
    }
}
