package org.iocrun.architecture.planted.generation;

/** A planted use-case front door, which a planted cli may call. */
public final class FrontDoor {

    public String run() {
        return new Step().run();
    }
}
