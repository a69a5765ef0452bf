package org.iocrun.launch;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ibek's {@code ioc do-wait} (runtime-contract §1.4): TCP-connect to each target, retrying until it answers or its
 * timeout passes (0 waits forever), then touch the readiness marker that startup probes look for.
 */
public final class HardwareWait {

    /** A target that did not answer in time. */
    public static final class WaitTimeout extends Exception {
        public WaitTimeout(String message) {
            super(message, null, false, false);
        }
    }

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final long RETRY_PAUSE_MS = 500;

    private final PrintWriter log;

    public HardwareWait(PrintWriter log) {
        this.log = log;
    }

    public void waitFor(List<WaitTarget> targets) throws WaitTimeout, InterruptedException {
        for (WaitTarget target : targets) {
            waitFor(target);
        }
    }

    private void waitFor(WaitTarget target) throws WaitTimeout, InterruptedException {
        long deadline = target.timeoutSeconds() <= 0 ? Long.MAX_VALUE
                : System.nanoTime() + target.timeoutSeconds() * 1_000_000_000L;
        boolean announced = false;
        while (true) {
            if (connects(target)) {
                if (announced) {
                    log.println("iocrun: " + target.device() + " at " + target.address() + " is answering");
                    log.flush();
                }
                return;
            }
            if (!announced) {
                log.println("iocrun: waiting for " + target.device() + " at " + target.address()
                        + (target.timeoutSeconds() <= 0 ? " (no timeout)" : " (up to " + target.timeoutSeconds() + " s)"));
                log.flush();
                announced = true;
            }
            if (System.nanoTime() >= deadline) {
                throw new WaitTimeout("Connection to " + target.device() + " at " + target.address()
                        + " timed out after " + target.timeoutSeconds() + " seconds");
            }
            Thread.sleep(RETRY_PAUSE_MS);
        }
    }

    private static boolean connects(WaitTarget target) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(target.host(), target.port()), CONNECT_TIMEOUT_MS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Touches the marker file that ioc-template's startup probe waits for. */
    public static void markCompleted(Path marker) throws IOException {
        if (Files.exists(marker)) {
            Files.setLastModifiedTime(marker, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } else {
            Files.createFile(marker);
        }
    }
}
