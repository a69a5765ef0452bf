package org.iocrun.model;

import org.iocrun.diagnostics.SourcePosition;

/**
 * A pre_init/post_init item (ibek-behaviour §2.5 init scripts). {@code when} is kept as written: ibek treats "first"
 * specially, raises on "last", and any other string (e.g. "once") means every time.
 */
public record ScriptItem(Kind kind, String when, String value, SourcePosition position) {

    public enum Kind { TEXT, COMMENT }
}
