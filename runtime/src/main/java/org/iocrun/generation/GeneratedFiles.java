package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.opi.OpiOutputs;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything one generation produced, in memory; nothing is written until all of it succeeded.
 *
 * @param waitList   wait_list.yaml text, when the instance has ibek.wait_ip entities
 * @param entities   the flat entity list after sub-entity and repeat expansion (built-ins included)
 * @param iocName    the rendered ioc_name of the first instance file (index.bob's title in ibek)
 * @param substRows  every ioc.subst row with its origin, for the render-time template check
 * @param opi        the OPI screens and pvi templates, when the request asked for them
 * @param warnings   inputs that trigger a reproduced ibek bug, with positions
 * @param environmentLookups every environment variable the generation read ({@code _global.get_env}, IOC,
 *                   RUNTIME_DIR), set or not: what a later start compares to know the files are still current
 */
public record GeneratedFiles(String stCmd, String iocSubst, Optional<String> waitList, List<Entity> entities,
                             String iocName, List<IocSubstAssembler.Row> substRows, Optional<OpiOutputs> opi,
                             List<Problem> warnings, Set<String> environmentLookups) {

    public GeneratedFiles {
        entities = List.copyOf(entities);
        substRows = List.copyOf(substRows);
        warnings = List.copyOf(warnings);
        environmentLookups = Set.copyOf(environmentLookups);
    }

    /**
     * The files of the runtime folder, by name: st.cmd, ioc.subst, wait_list.yaml when there is one, and the pvi
     * templates (the one map every command writes from).
     */
    public Map<String, byte[]> runtimeFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("st.cmd", stCmd.getBytes(StandardCharsets.UTF_8));
        files.put("ioc.subst", iocSubst.getBytes(StandardCharsets.UTF_8));
        waitList.ifPresent(w -> files.put("wait_list.yaml", w.getBytes(StandardCharsets.UTF_8)));
        opi.ifPresent(o -> o.runtimeTemplates().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    /** The OPI screens by file name, index.bob included; empty when OPI generation was off. */
    public Map<String, byte[]> opiFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        opi.ifPresent(o -> o.opiFiles().forEach((name, text) -> files.put(name, text.getBytes(StandardCharsets.UTF_8))));
        return files;
    }

    /** The instance's own entities (the ibek built-ins left out), as the step lines count them. */
    public long instanceEntityCount() {
        return entities.stream().filter(e -> !e.isBuiltin()).count();
    }
}
