package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.outputs.opi.OpiOutputs;

import java.util.List;
import java.util.Optional;

/**
 * Everything one generation produced, in memory; nothing is written until all of it succeeded.
 *
 * @param waitList   wait_list.yaml text, when the instance has ibek.wait_ip entities
 * @param entities   the flat entity list after sub-entity and repeat expansion (built-ins included)
 * @param iocName    the rendered ioc_name of the first instance file (index.bob's title in ibek)
 * @param substRows  every ioc.subst row with its origin, for the render-time template check
 * @param opi        the OPI screens and pvi templates, when the request asked for them
 * @param warnings   inputs that trigger a reproduced ibek bug, with positions
 */
public record GeneratedFiles(String stCmd, String iocSubst, Optional<String> waitList, List<Entity> entities,
                             String iocName, List<IocSubstAssembler.Row> substRows, Optional<OpiOutputs> opi,
                             List<Problem> warnings) {

    public GeneratedFiles {
        entities = List.copyOf(entities);
        substRows = List.copyOf(substRows);
        warnings = List.copyOf(warnings);
    }
}
