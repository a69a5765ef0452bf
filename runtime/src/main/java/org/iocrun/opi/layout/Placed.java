package org.iocrun.opi.layout;

import java.util.List;
import java.util.Map;
import org.iocrun.opi.device.Group;
import org.iocrun.opi.device.Widget;

/**
 * A widget placed on a screen. Bounds are relative to the parent: a screen's content area (before the
 * screen's own padding is added) or a group box's content area.
 */
public sealed interface Placed {

    Bounds bounds();

    /** A label naming the widgets to its right. */
    record Label(Bounds bounds, String text, String tooltip) implements Placed {
    }

    /** A column heading over a row. */
    record Heading(Bounds bounds, String text) implements Placed {
    }

    /** A widget showing or controlling {@code pv}. */
    record PvWidget(Bounds bounds, String pv, Widget widget) implements Placed {
    }

    /** A button writing {@code value} to {@code pv}. */
    record Action(Bounds bounds, String label, String pv, String value) implements Placed {
    }

    /**
     * A button opening another screen.
     *
     * @param contents the group drawn on the opened screen, or null when the screen exists already (index buttons)
     */
    record OpenScreen(Bounds bounds, String label, String fileName, Group contents, Map<String, String> macros)
            implements Placed {
        public OpenScreen {
            macros = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(macros));
        }
    }

    /** A titled box around widgets; {@code bounds} include the title and borders. */
    record GroupBox(Bounds bounds, String title, List<Placed> children) implements Placed {
        public GroupBox {
            children = List.copyOf(children);
        }
    }
}
