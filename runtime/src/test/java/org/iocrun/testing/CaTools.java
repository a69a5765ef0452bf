package org.iocrun.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * EPICS base's {@code caget} and {@code caput}, run the way a liveness probe or an operator runs them, against a
 * test IOC's loopback port. PATH holds no EPICS tools, so the CA client library cannot spawn a caRepeater that
 * would outlive the test.
 */
public final class CaTools {

    /** What one command printed. */
    public record Result(int exitCode, String stdout, String stderr) {
    }

    private CaTools() {
    }

    /** {@code caget -w 5 -t PV...}: values only, one per line. */
    public static Result caget(EpicsInstallation epics, CaPorts ports, String... pvs)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(epics.caget().toString(), "-w", "5", "-t"));
        command.addAll(List.of(pvs));
        return run(command, ports);
    }

    /** {@code caput -w 5 -t PV VALUE}: the new value only. */
    public static Result caput(Path epicsBase, CaPorts ports, String pv, String value)
            throws IOException, InterruptedException {
        Path caput = epicsBase.resolve("bin").resolve(EpicsInstallation.ARCH).resolve("caput");
        return run(List.of(caput.toString(), "-w", "5", "-t", pv, value), ports);
    }

    private static Result run(List<String> command, CaPorts ports) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        builder.environment().putAll(ports.clientEnvironment());
        Process process = builder.start();
        process.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> {
            try {
                process.getErrorStream().transferTo(err);
            } catch (IOException e) {
                // the tool is gone; what was read is enough for a message
            }
        });
        String out = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish within 20 s: " + command);
        }
        errReader.join();
        return new Result(process.exitValue(), out, err.toString());
    }
}
