package org.iocrun.opi.device;

import java.util.List;
import org.iocrun.diagnostics.SourcePosition;

/**
 * A child entry of a device file as written, before includes are spliced in, same-named groups merged and
 * ignored components dropped.
 */
sealed interface RawNode {

    String name();

    /** A signal or reference, final as parsed. */
    record Leaf(Component component) implements RawNode {
        @Override
        public String name() {
            return component.name();
        }
    }

    /** A group whose children are still raw. */
    record RawGroup(String name, String label, String description, Layout layout, List<RawNode> children,
                    SourcePosition origin) implements RawNode {
        public RawGroup {
            children = List.copyOf(children);
        }

        RawGroup withChildren(List<RawNode> newChildren) {
            return new RawGroup(name, label, description, layout, newChildren, origin);
        }
    }

    /** {@code type: Include}: splice in the children of {@code <fileName>.pvi.device.yaml}. */
    record Include(String fileName, SourcePosition origin) implements RawNode {
        @Override
        public String name() {
            return "";
        }
    }

    /** {@code type: IgnoredComponent}: drop the component of this name from the same children list. */
    record Ignore(String name) implements RawNode {
    }
}
