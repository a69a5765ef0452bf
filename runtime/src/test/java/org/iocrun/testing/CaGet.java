package org.iocrun.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * EPICS base's {@code caget}, run the way a liveness probe runs it, against the test IOC's loopback port.
 * PATH holds no EPICS tools, so the CA client library cannot spawn a caRepeater that would outlive the test.
 */
public final class CaGet {

    /** What one caget printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private CaGet() {
    }

    /** {@code caget -w 5 -t PV...}: values only, one per line. */
    public static Result terse(EpicsInstallation epics, CaPorts ports, String... pvs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(epics.caget().toString(), "-w", "5", "-t"));
        command.addAll(List.of(pvs));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(ports.clientEnvironment());
        Process process = builder.start();
        process.getOutputStream().close();
        var err = new java.io.ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                process.getErrorStream().transferTo(err);
            } catch (IOException e) {
                // caget is gone; what was read is enough for a message
            }
        });
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("caget did not finish within 20 s: " + command);
        }
        errReader.join();
        return new Result(process.exitValue(), out, err.toString());
    }
}
