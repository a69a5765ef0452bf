package org.iocrun.opi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row ibek appends to {@code ioc.subst} for an entity with {@code pvi.pv: true}: the database file
 * {@code <Device>.pvi.template} with the entity's rendered {@code ui_macros} as arguments. Rows come in entity
 * order, after all entity databases; the substitution writer groups them by file like any other row.
 */
public record PviSubstitution(String file, Map<String, String> args) {
    public PviSubstitution {
        args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
