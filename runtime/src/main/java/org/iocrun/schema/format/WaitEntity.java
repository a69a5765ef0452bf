package org.iocrun.schema.format;

/** Texts shared by the built-in wait entity types. */
final class WaitEntity {

    static final String DEVICE = "The device name to use in the database record.";
    static final String TIMEOUT = """
            The number of seconds to wait for a response before considering the communication attempt a failure and \
            exiting the IOC startup process; this will trigger a restart of the IOC pod by Kubernetes.
            A value of 0 means to wait indefinitely until communication is established.""";

    private WaitEntity() {
    }
}
