package org.iocrun.opi.device;

/** A write-only signal. */
public record SignalW(String name, String label, String description, String writePv, WriteWidget writeWidget)
        implements Signal {
}
