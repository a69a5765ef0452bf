package org.iocrun.templating.nodes;

import java.util.Set;

/**
 * The names a frame (the template, a loop iteration, a macro call, a block body) starts with as undefined: the
 * names Jinja's idtracking gives the load {@code VAR_LOAD_UNDEFINED}, because the frame stores them before any
 * read and no enclosing frame knows them. A macro defined before such a {@code {% set %}} and called before it
 * runs, or a loop reading a name the template sets after the loop, then sees an undefined value rather than the
 * context's. The parser fills it in once it has seen the whole template (a frame's names depend on the frames
 * around it); renders only read it.
 */
public final class UnboundNames {

    private Set<String> names = Set.of();

    /** Called by the parser, once, after analysing the whole template. */
    public void resolve(Set<String> unbound) {
        this.names = Set.copyOf(unbound);
    }

    Set<String> names() {
        return names;
    }
}
