package org.iocrun.cli;

import org.iocrun.generation.GeneratedFiles;
import org.iocrun.outputs.OutputDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Writes a generation's files into an output folder, replacing its contents atomically. */
final class GeneratedOutput {

    private GeneratedOutput() {
    }

    static Map<String, byte[]> files(GeneratedFiles generated) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("st.cmd", generated.stCmd().getBytes(StandardCharsets.UTF_8));
        files.put("ioc.subst", generated.iocSubst().getBytes(StandardCharsets.UTF_8));
        generated.waitList().ifPresent(w -> files.put("wait_list.yaml", w.getBytes(StandardCharsets.UTF_8)));
        generated.opi().ifPresent(opi -> opi.runtimeTemplates().forEach(
                (name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    /** The OPI screens, keyed by file name (empty when OPI generation was off). */
    static Map<String, byte[]> opiFiles(GeneratedFiles generated) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        generated.opi().ifPresent(opi -> opi.opiFiles().forEach(
                (name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    static void write(Path outputDir, Map<String, byte[]> files) throws IOException {
        OutputDirectory.replaceContents(outputDir, files);
    }
}
