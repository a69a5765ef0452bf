package org.iocrun.outputs.opi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the pvi step produces, as values.
 *
 * @param opiFiles          file name to content of every screen for the OPI folder, {@code index.bob} included
 * @param runtimeTemplates  file name to content of every {@code <Device>.pvi.template} for the runtime folder
 * @param substitutions     the rows to append to {@code ioc.subst}, in entity order
 */
public record OpiOutputs(Map<String, String> opiFiles, Map<String, String> runtimeTemplates,
                         List<PviSubstitution> substitutions) {

    public OpiOutputs {
        opiFiles = Collections.unmodifiableMap(new LinkedHashMap<>(opiFiles));
        runtimeTemplates = Collections.unmodifiableMap(new LinkedHashMap<>(runtimeTemplates));
        substitutions = List.copyOf(substitutions);
    }

    /** Writes the {@code .pvi.template} files into {@code runtimeDir} (which must exist). */
    public void writeRuntimeTemplates(Path runtimeDir) throws IOException {
        for (Map.Entry<String, String> e : runtimeTemplates.entrySet()) {
            Files.writeString(runtimeDir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
    }
}
