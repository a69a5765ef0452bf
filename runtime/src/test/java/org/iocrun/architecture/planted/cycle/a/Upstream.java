package org.iocrun.architecture.planted.cycle.a;

import org.iocrun.architecture.planted.cycle.b.Downstream;

/** Half of a planted package cycle (a → b → a) that {@code ArchitectureTest} must reject. */
public final class Upstream {

    public Downstream next() {
        return new Downstream();
    }
}
