package org.iocrun.opi.layout;

import java.util.List;

/**
 * One screen: its title and size, and its widgets relative to the content area.
 *
 * @param titled  whether the screen has a title bar (pvi omits it when the title is empty)
 * @param bounds  the whole screen, padding and title bar included
 * @param padding offset of the content area inside the screen
 */
public record Screen(String title, boolean titled, Bounds bounds, Bounds padding, List<Placed> widgets) {
    public Screen {
        widgets = List.copyOf(widgets);
    }
}
