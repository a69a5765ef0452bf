package org.iocrun.outputs.opi.device;

/** A widget showing or controlling one PV. */
public sealed interface Widget permits ReadWidget, WriteWidget {
}
