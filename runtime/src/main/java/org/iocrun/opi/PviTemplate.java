package org.iocrun.opi;

import java.util.ArrayList;
import java.util.List;
import org.iocrun.opi.device.Component;
import org.iocrun.opi.device.Device;
import org.iocrun.opi.device.Group;
import org.iocrun.opi.device.SignalR;
import org.iocrun.opi.device.SignalRW;
import org.iocrun.opi.device.SignalW;
import org.iocrun.opi.device.SignalX;

/**
 * The {@code <Device>.pvi.template} database pvi writes: one record per signal PV whose {@code info(Q:group)}
 * adds it to the device's PVI structure {@code <pv_prefix>PVI}, byte for byte as pvi's Jinja template renders.
 */
public final class PviTemplate {

    private PviTemplate() {
    }

    /** @param pvPrefix the entity's {@code pvi.pv_prefix} exactly as written in the support YAML (ibek does not render it) */
    public static String render(Device device, String pvPrefix) {
        return render(device.label(), records(device), pvPrefix);
    }

    /** The template of a device with this label and these records (see {@link #records(Device)}). */
    public static String render(String label, List<PviRecord> records, String pvPrefix) {
        StringBuilder out = new StringBuilder();
        out.append("\n### PV Interface for ").append(label).append(" ###\n");
        for (PviRecord r : records) {
            out.append("\nrecord(\"*\", \"").append(r.pv()).append("\") {\n")
                    .append("    info(Q:group, {\n")
                    .append("        \"").append(pvPrefix).append("PVI\": {\n")
                    .append("            \"pvi.").append(r.name()).append('.').append(r.access()).append("\": {\n")
                    .append("                \"+channel\": \"NAME\",\n")
                    .append("                \"+type\": \"plain\",\n")
                    .append("            }\n")
                    .append("        }\n")
                    .append("    })\n")
                    .append("}\n");
        }
        out.append("\n### End of PV Interface for ").append(label).append(" ###\n");
        return out.toString();
    }

    /** One record of the template: the signal's name, its PV and its access ({@code r}, {@code w}, {@code rw}, {@code x}). */
    public record PviRecord(String name, String pv, String access) {
    }

    /** The device's records: everything of it that its template depends on besides its label. */
    public static List<PviRecord> records(Device device) {
        return records(device.children());
    }

    /** Signals depth first; a demand/readback pair gives a {@code w} and an {@code r} record. */
    private static List<PviRecord> records(List<Component> components) {
        List<PviRecord> out = new ArrayList<>();
        for (Component c : components) {
            switch (c) {
                case Group g -> out.addAll(records(g.children()));
                case SignalRW rw when rw.singlePv() -> out.add(new PviRecord(rw.name(), rw.writePv(), "rw"));
                case SignalRW rw -> {
                    out.add(new PviRecord(rw.name(), rw.writePv(), "w"));
                    out.add(new PviRecord(rw.name(), rw.readPv(), "r"));
                }
                case SignalX x -> out.add(new PviRecord(x.name(), x.writePv(), "x"));
                case SignalW w -> out.add(new PviRecord(w.name(), w.writePv(), "w"));
                case SignalR r -> out.add(new PviRecord(r.name(), r.readPv(), "r"));
                default -> {
                    // references have no PV of their own
                }
            }
        }
        return out;
    }
}
