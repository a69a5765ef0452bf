package org.iocrun.opi.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A widget's position and size in pixels. The arithmetic copies pvi's {@code Bounds}, including where it
 * truncates, because screen coordinates must match pvi's to the pixel.
 */
public record Bounds(int x, int y, int w, int h) {

    public Bounds withW(int newW) {
        return new Bounds(x, y, newW, h);
    }

    public Bounds withH(int newH) {
        return new Bounds(x, y, w, newH);
    }

    public Bounds shifted(int dx, int dy) {
        return new Bounds(x + dx, y + dy, w, h);
    }

    /** Splits off a left part of {@code width}; the rest starts after {@code spacing}. */
    public List<Bounds> splitLeft(int width, int spacing) {
        int taken = width + spacing;
        if (taken >= w) {
            throw new IllegalArgumentException("cannot split " + taken + " from " + w);
        }
        return List.of(new Bounds(x, y, width, h), new Bounds(x + taken, y, w - taken, h));
    }

    /** {@code count} equal parts side by side separated by {@code spacing}, widths truncated like pvi's. */
    public List<Bounds> splitInto(int count, int spacing) {
        int space = w - (count - 1) * spacing;
        double ratio = 1.0 / count;
        int width = (int) (space * ratio);
        List<Bounds> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new Bounds(x + i * width + spacing * i, y, width, h));
        }
        return parts;
    }

    /** {@code count} equal parts stacked vertically separated by {@code spacing}. */
    public List<Bounds> splitIntoRows(int count, int spacing) {
        int height = Math.floorDiv(h - (count - 1) * spacing, count);
        List<Bounds> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new Bounds(x, y + i * (height + spacing), w, height));
        }
        return parts;
    }

    /** The largest square that fits, centred. */
    public Bounds square() {
        int size = Math.min(w, h);
        return new Bounds(x + (w - size) / 2, y + (h - size) / 2, size, size);
    }
}
