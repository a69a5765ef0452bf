package org.iocrun.launch;

import org.iocrun.generation.GeneratedFiles;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a start from ioc.yaml reads, so its record can tell later whether the set is still current: the config
 * folder, the support definitions and the ibek-defs folders searched for them, the pvi device files and pvi-defs
 * folders, the database templates the expansion opened and the include-path folders searched, RELEASE.shell, the
 * support protocols, the autosave request files looked for, and every environment variable the generation and
 * the template names looked up. Where a search took a folder, the folder's listing is recorded, so that a new file
 * that would now be found first makes the set stale. It errs on the side of reading too much: a needless
 * regeneration costs a quarter of a second, a stale set a broken IOC.
 */
final class StartInputs {

    /** A macro reference in a template file name of ioc.subst; msi looks such names up in the environment. */
    private static final Pattern MACRO = Pattern.compile("\\$[({]([A-Za-z_][A-Za-z0-9_]*)");

    private StartInputs() {
    }

    static InputsRecorder of(EpicsPaths paths, Map<String, String> iocEnv, GenerationInputs inputs,
                             GeneratedFiles generated, List<Path> templatesRead, Path runtimeSet) throws IOException {
        InputsRecorder read = new InputsRecorder();
        configFolder(read, paths.configDir());
        read.tree(paths.ibekDefs(), name -> false);
        for (Path definition : inputs.definitionFiles()) {
            read.file(definition);
        }
        read.tree(paths.pviDefs(), name -> name.endsWith(".pvi.device.yaml"));
        databaseTemplates(read, paths.support(), templatesRead, runtimeSet);
        read.file(paths.support().resolve("configure/RELEASE.shell"));
        read.tree(paths.support().resolve("configure/protocol"), name -> true);
        for (AutosaveRequests.Block block : AutosaveRequests.blocks(generated.iocSubst())) {
            for (String suffix : AutosaveRequests.SUFFIXES) {
                read.file(paths.autosave().resolve(AutosaveRequests.stem(block.file()) + "_" + suffix + ".req"));
            }
            Matcher m = MACRO.matcher(block.file());
            while (m.find()) {
                read.environment(m.group(1), iocEnv);
            }
        }
        generated.environmentLookups().forEach(name -> read.environment(name, iocEnv));
        return read;
    }

    /** The settings of the start that shape the set: its folders (from EPICS_ROOT, IOC, CONFIG_DIR, ...). */
    static SortedMap<String, String> options(EpicsPaths paths) {
        SortedMap<String, String> options = new TreeMap<>();
        options.put("branch", "ioc.yaml");
        options.put("config", paths.configDir().toAbsolutePath().toString());
        options.put("runtime", paths.runtimeDir().toAbsolutePath().toString());
        options.put("opi", paths.opiDir().toAbsolutePath().toString());
        options.put("support", paths.support().toAbsolutePath().toString());
        options.put("ibek-defs", paths.ibekDefs().toAbsolutePath().toString());
        options.put("pvi-defs", paths.pviDefs().toAbsolutePath().toString());
        options.put("autosave", paths.autosave().toAbsolutePath().toString());
        options.put("ioc", paths.ioc().toAbsolutePath().toString());
        return options;
    }

    /** Every visible file of the config folder: instances, support and pvi overrides, place-files, request files. */
    private static void configFolder(InputsRecorder read, Path configDir) throws IOException {
        read.folder(configDir);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(configDir)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".") && Files.isRegularFile(entry)) {
                    read.file(entry);
                }
            }
        }
    }

    /**
     * The templates msi opened (those it found in the runtime set are outputs, not inputs) and the include path's
     * folders: $SUPPORT (whose modules the path globs) and each module's db folder, found or not.
     */
    private static void databaseTemplates(InputsRecorder read, Path support, List<Path> templatesRead, Path runtimeSet)
            throws IOException {
        for (Path template : templatesRead) {
            if (!template.startsWith(runtimeSet)) {
                read.file(template);
            }
        }
        read.folder(support);
        if (!Files.isDirectory(support)) {
            return;
        }
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(support)) {
            for (Path module : modules) {
                if (!module.getFileName().toString().startsWith(".") && Files.isDirectory(module)) {
                    read.folder(module.resolve("db"));
                }
            }
        }
    }
}
