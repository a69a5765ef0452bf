package org.iocrun.opi.device;

/**
 * A demand PV with a readback PV. When the file gives no {@code read_pv} the demand PV doubles as readback
 * ({@code readPv} equals {@code writePv}) and no readback widget is shown unless one is given.
 *
 * @param readWidget the readback widget, or null for none
 */
public record SignalRW(String name, String label, String description, String writePv, WriteWidget writeWidget,
                       String readPv, ReadWidget readWidget) implements Signal {

    /** True when one PV serves as demand and readback. */
    public boolean singlePv() {
        return readPv.equals(writePv);
    }
}
