package org.iocrun.opi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.opi.device.Component;
import org.iocrun.opi.device.Device;
import org.iocrun.opi.device.Group;
import org.iocrun.opi.device.Layout;
import org.iocrun.opi.device.ReadWidget;
import org.iocrun.opi.device.SignalR;
import org.iocrun.opi.device.SignalRW;
import org.iocrun.opi.device.SignalRef;
import org.iocrun.opi.device.SignalW;
import org.iocrun.opi.device.SignalX;
import org.iocrun.opi.device.WriteWidget;
import org.junit.jupiter.api.Test;

class PviTemplateTest {

    private static final WriteWidget TEXT_WRITE = new WriteWidget.TextWrite(1, null);
    private static final ReadWidget TEXT_READ = new ReadWidget.TextRead(1, null);

    /** (record PV, pvi field) of every record, in order. */
    private static List<String> records(String template) {
        Matcher m = Pattern.compile("record\\(\"\\*\", \"([^\"]*)\"\\) \\{\\n.*?\"pvi\\.([^\"]*)\"", Pattern.DOTALL)
                .matcher(template);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1) + " " + m.group(2));
        }
        return out;
    }

    @Test
    void oneRecordPerPvWithItsAccessMode() {
        List<Component> grouped = List.of(
                new SignalRW("Gain", null, null, "$(P)Gain", TEXT_WRITE, "$(P)Gain_RBV", TEXT_READ),
                new SignalRW("Mode", null, null, "$(P)Mode", TEXT_WRITE, "$(P)Mode", null),
                new SignalRef("Gain", null, null));
        Device device = new Device("Cam", null, List.of(
                new SignalR("Temp", null, null, "$(P)Temp", TEXT_READ),
                new Group("Setup", null, null, new Layout.Grid(true, false), grouped, SourcePosition.unknown(null)),
                new SignalW("Reset", null, null, "$(P)Reset", TEXT_WRITE),
                new SignalX("Start", null, null, "$(P)Start", "1")));
        assertEquals(List.of("$(P)Temp Temp.r", "$(P)Gain Gain.w", "$(P)Gain_RBV Gain.r", "$(P)Mode Mode.rw",
                "$(P)Reset Reset.w", "$(P)Start Start.x"), records(PviTemplate.render(device, "$(P)")));
    }

    @Test
    void groupNameUsesThePrefixAsWritten() {
        String text = PviTemplate.render(new Device("Cam", null,
                List.of(new SignalR("Temp", null, null, "X", TEXT_READ))), "{{ P }}");
        assertEquals(true, text.contains("\"{{ P }}PVI\": {"));
    }

    @Test
    void deviceWithoutSignalsHasOnlyTheBanners() {
        assertEquals("\n### PV Interface for Empty ###\n\n### End of PV Interface for Empty ###\n",
                PviTemplate.render(new Device("Empty", null, List.of()), "$(P)"));
    }
}
