package org.iocrun.opi.device;

/** A widget showing or controlling one PV. */
public sealed interface Widget permits ReadWidget, WriteWidget {
}
