package org.iocrun.opi.device;

/** A read-only signal. */
public record SignalR(String name, String label, String description, String readPv, ReadWidget readWidget)
        implements Signal {
}
