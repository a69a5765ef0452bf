package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

/** An {@code env_vars} item: rendered as {@code epicsEnvSet NAME VALUE} (ibek-behaviour §2.7 env_vars). */
public record EnvVar(String name, String value, SourcePosition position) {
}
