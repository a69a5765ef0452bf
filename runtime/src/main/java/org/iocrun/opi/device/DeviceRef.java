package org.iocrun.opi.device;

import java.util.Map;

/**
 * A button opening another device's screen, as on the index screen.
 *
 * @param ui     file name of the screen to open
 * @param macros macros passed to that screen, in order
 */
public record DeviceRef(String name, String label, String description, String pv, String ui,
                        Map<String, String> macros) implements Component {
    public DeviceRef {
        macros = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(macros));
    }
}
