package org.iocrun.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Loopback ports nobody uses right now, so parallel test runs (and a real IOC on 5064) never collide. */
public final class FreePorts {

    private FreePorts() {
    }

    /** A port free for both TCP and UDP, as a CA server needs: it listens on TCP and UDP with the same number. */
    public static int tcpAndUdp() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = tcp();
            try (DatagramSocket udp = new DatagramSocket(null)) {
                udp.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return port;
            } catch (IOException taken) {
                // the UDP port of that number is in use: try another
            }
        }
        throw new IllegalStateException("no port free for both TCP and UDP on loopback after 50 attempts");
    }

    public static int tcp() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
