package org.iocrun.opi.device;

/** A component backed by one or two PVs. */
public sealed interface Signal extends Component permits SignalR, SignalW, SignalRW, SignalX {
}
