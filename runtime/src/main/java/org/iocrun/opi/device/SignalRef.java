package org.iocrun.opi.device;

/** A reference to a signal of the same name shown earlier on the same screen. */
public record SignalRef(String name, String label, String description) implements Component {
}
