package org.iocrun.opi.device;

import java.util.List;

/** How a group arranges its children. */
public sealed interface Layout {

    /**
     * Children are rows of a grid, each labelled unless {@code labelled} is false; in a {@code stacked} grid the
     * readback of a demand/readback pair in a row goes under the demand widget instead of beside it.
     */
    record Grid(boolean labelled, boolean stacked) implements Layout {
    }

    /** Children are the columns of one row, optionally with column headings. */
    record Row(List<String> header) implements Layout {
        public Row {
            header = header == null ? null : List.copyOf(header);
        }
    }

    /** Children are shown on another screen opened by a button. */
    record SubScreen(boolean labelled) implements Layout {
    }

    /** Children are traces of a plot (not drawn by the DLS formatter). */
    record Plot() implements Layout {
    }
}
