package org.iocrun.architecture.planted.generation;

/** A planted pipeline step: not a front door, so a planted cli must not reach it. */
public final class Step {

    public String run() {
        return "generated";
    }
}
