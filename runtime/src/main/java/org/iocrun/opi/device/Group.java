package org.iocrun.opi.device;

import java.util.List;
import org.iocrun.diagnostics.SourcePosition;

/**
 * Child components arranged by a layout.
 *
 * @param origin where the group is defined, for layout errors; may be {@link SourcePosition#unknown}
 */
public record Group(String name, String label, String description, Layout layout, List<Component> children,
                   SourcePosition origin) implements Component {
    public Group {
        children = List.copyOf(children);
    }

    public Group withChildren(List<Component> newChildren) {
        return new Group(name, label, description, layout, newChildren, origin);
    }

    /** A group shown on its own screen, opened by a button; carries no label, as pvi builds it. */
    public static Group subScreen(String name, List<Component> children, SourcePosition origin) {
        return new Group(name, null, null, new Layout.SubScreen(true), children, origin);
    }
}
