package org.iocrun.opi.device;

import java.util.List;

/** How a readback PV is displayed. */
public sealed interface ReadWidget extends Widget {

    record TextRead(int lines, TextFormat format) implements ReadWidget {
    }

    record Led() implements ReadWidget {
    }

    record BitField(List<String> labels, int numberOfBits) implements ReadWidget {
        public BitField {
            labels = labels == null ? null : List.copyOf(labels);
        }
    }

    record ProgressBar() implements ReadWidget {
    }

    /** A plot of an array PV; {@code axis} names the y axis. */
    record ArrayTrace(String axis) implements ReadWidget {
    }

    record ImageRead() implements ReadWidget {
    }

    record TableRead(List<ReadWidget> widgets) implements ReadWidget {
        public TableRead {
            widgets = List.copyOf(widgets);
        }
    }
}
