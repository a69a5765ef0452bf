package org.iocrun.opi;

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
}
