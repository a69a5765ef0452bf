package org.iocrun.opi.device;

/**
 * A signal that writes a fixed value when triggered.
 *
 * @param value the value written, or null when the file gives none
 */
public record SignalX(String name, String label, String description, String writePv, String value)
        implements Signal {
}
