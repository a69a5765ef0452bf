package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

/** An {@code env_vars} item: rendered as {@code epicsEnvSet NAME VALUE} (§2.7). */
public record EnvVar(String name, String value, SourcePosition position) {
}
