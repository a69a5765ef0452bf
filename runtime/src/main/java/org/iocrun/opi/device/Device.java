package org.iocrun.opi.device;

import java.util.List;

/**
 * A pvi device: the screen title and its component tree, after includes, ignores and parents were resolved.
 *
 * @param parent the parent device name the file declared, or null
 */
public record Device(String label, String parent, List<Component> children) {
    public Device {
        children = List.copyOf(children);
    }
}
