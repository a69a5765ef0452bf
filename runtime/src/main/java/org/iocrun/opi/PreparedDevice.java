package org.iocrun.opi;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.opi.bob.BobRenderer;
import org.iocrun.opi.device.Device;
import org.iocrun.opi.layout.ScreenComposer;
import org.iocrun.opi.layout.ScreenLayout;
import org.iocrun.opi.layout.ScreenSet;

/**
 * What OPI generation needs of one pvi device file: the label (index button, template banner), the records of
 * its {@code .pvi.template} and its rendered screens. Small next to the device tree and the work of drawing it,
 * which is why {@link PreparedDeviceCache} keeps these.
 *
 * @param screens file name ({@code <Device>.pvi.bob}, then sub-screens) to {@code .bob} XML, in ibek's order
 */
public record PreparedDevice(String label, List<PviTemplate.PviRecord> records, Map<String, String> screens) {

    public PreparedDevice {
        records = List.copyOf(records);
        screens = Collections.unmodifiableMap(new LinkedHashMap<>(screens));
    }

    /** Draws {@code device}'s screens (pvi's DLS formatter) as {@code deviceName}, defined in {@code file}. */
    public static PreparedDevice of(Device device, String deviceName, Path file) throws UserError {
        ScreenComposer composer = new ScreenComposer(ScreenLayout.DLS, deviceName, !device.label().isEmpty(),
                SourcePosition.unknown(file));
        ScreenSet set = composer.compose(device.children(), device.label());
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put(deviceName + ".pvi.bob", BobRenderer.render(set.main()));
        for (ScreenSet.NamedScreen sub : set.subScreens()) {
            screens.put(sub.baseName() + ".pvi.bob", BobRenderer.render(sub.screen()));
        }
        return new PreparedDevice(device.label(), PviTemplate.records(device), screens);
    }

    /** The entity's {@code .pvi.template} for {@code pvPrefix}. */
    public String template(String pvPrefix) {
        return PviTemplate.render(label, records, pvPrefix);
    }
}
