package org.iocrun.opi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iocrun.diagnostics.SourcePosition;

/**
 * The {@code pvi:} block of one entity, as the generation layer hands it over.
 *
 * @param yamlPath the rendered {@code yaml_path}: absolute, or relative to {@code $EPICS_ROOT/pvi-defs}
 * @param uiIndex  whether the entity gets a button on {@code index.bob}
 * @param uiMacros the rendered {@code ui_macros} in order (macros of the index button and the
 *                 {@code ioc.subst} row), or null when the definition has none
 * @param pv       whether to write {@code <Device>.pvi.template} and add it to {@code ioc.subst}
 * @param pvPrefix {@code pv_prefix} exactly as written in the definition; ibek does not render it
 * @param origin   where the entity is defined, for errors (may be {@link SourcePosition#unknown})
 */
public record PviEntity(String yamlPath, boolean uiIndex, Map<String, String> uiMacros, boolean pv,
                        String pvPrefix, SourcePosition origin) {
    public PviEntity {
        uiMacros = uiMacros == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(uiMacros));
        pvPrefix = pvPrefix == null ? "" : pvPrefix;
    }
}
