package org.iocrun.launch;

/** One {@code ibek.wait_ip} entry: a TCP endpoint that must accept a connection before the IOC starts. */
public record WaitTarget(String device, String host, int port, int timeoutSeconds) {

    /** ibek's default port when the address has none. */
    public static final int DEFAULT_PORT = 1025;

    /** Parses {@code ip:port} (or a bare host, which gets ibek's default port). */
    public static WaitTarget parse(String device, String address, int timeoutSeconds) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            return new WaitTarget(device, address, DEFAULT_PORT, timeoutSeconds);
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address '" + address + "' of " + device + " has no valid port");
        }
        return new WaitTarget(device, address.substring(0, colon), port, timeoutSeconds);
    }

    public String address() {
        return host + ":" + port;
    }
}
