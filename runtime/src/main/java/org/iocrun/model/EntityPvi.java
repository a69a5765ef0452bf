package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.util.Map;

/**
 * The {@code pvi} block of an entity model (ibek-behaviour §2.8 pvi block).
 *
 * @param uiMacros macro templates in order (a null value means "{{ key }}"), or null when absent
 */
public record EntityPvi(String yamlPath, boolean uiIndex, Map<String, String> uiMacros, boolean pv,
                        String pvPrefix, SourcePosition position) {

    public EntityPvi {
        uiMacros = uiMacros == null ? null : Ordered.copy(uiMacros);
    }
}
