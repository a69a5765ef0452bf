package org.iocrun.architecture.planted.cli;

import org.iocrun.architecture.planted.generation.FrontDoor;
import org.iocrun.architecture.planted.generation.Step;

/** A planted command that calls its front door (allowed) and a pipeline step directly (rejected). */
public final class Command {

    public String call() {
        return new FrontDoor().run() + new Step().run();
    }
}
