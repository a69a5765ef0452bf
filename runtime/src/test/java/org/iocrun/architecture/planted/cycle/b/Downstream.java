package org.iocrun.architecture.planted.cycle.b;

import org.iocrun.architecture.planted.cycle.a.Upstream;

/** The other half of the planted package cycle: b reaches back into a. */
public final class Downstream {

    public Upstream back() {
        return new Upstream();
    }
}
