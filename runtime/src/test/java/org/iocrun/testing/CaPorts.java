package org.iocrun.testing;

import java.util.Map;

/**
 * Channel Access ports of one test: the IOC's CA server listens on loopback only, on a free port, and sends its
 * beacons to a free repeater port, so parallel runs and a real IOC on 5064 never see each other.
 */
public record CaPorts(int serverPort, int repeaterPort) {

    public static CaPorts pick() {
        int server = FreePorts.tcpAndUdp();
        int repeater;
        do {
            repeater = FreePorts.tcpAndUdp();
        } while (repeater == server);
        return new CaPorts(server, repeater);
    }

    /** For the IOC: server bound to loopback, beacons to loopback, its own CA client kept local too. */
    public Map<String, String> serverEnvironment() {
        return Map.of(
                "EPICS_CA_SERVER_PORT", String.valueOf(serverPort),
                "EPICS_CA_REPEATER_PORT", String.valueOf(repeaterPort),
                "EPICS_CAS_INTF_ADDR_LIST", "127.0.0.1",
                "EPICS_CAS_BEACON_ADDR_LIST", "127.0.0.1",
                "EPICS_CAS_AUTO_BEACON_ADDR_LIST", "NO",
                "EPICS_CA_ADDR_LIST", "127.0.0.1",
                "EPICS_CA_AUTO_ADDR_LIST", "NO");
    }

    /** For a client (caget): search only loopback on the IOC's port. */
    public Map<String, String> clientEnvironment() {
        return Map.of(
                "EPICS_CA_SERVER_PORT", String.valueOf(serverPort),
                "EPICS_CA_REPEATER_PORT", String.valueOf(repeaterPort),
                "EPICS_CA_ADDR_LIST", "127.0.0.1",
                "EPICS_CA_AUTO_ADDR_LIST", "NO");
    }
}
