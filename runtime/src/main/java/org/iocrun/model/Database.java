package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

import java.util.Map;

/**
 * A {@code databases} item: one row of ioc.subst per entity (ibek-behaviour §2.6 databases).
 *
 * @param args argument templates in order; a null value means "{{ name }}"; the whole map is null when the YAML
 *             says {@code args: null} (ibek accepts that at load time and fails when it is used)
 */
public record Database(String file, String enabled, Map<String, String> args, SourcePosition position) {

    public Database {
        args = args == null ? null : Ordered.copy(args);
    }
}
