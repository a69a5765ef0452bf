package org.iocrun.opi.device;

import java.nio.file.Path;
import java.util.List;

/** A device file as parsed: its label, declared parent and raw children. */
record RawDevice(Path file, String label, String parent, List<RawNode> children) {
    RawDevice {
        children = List.copyOf(children);
    }
}
