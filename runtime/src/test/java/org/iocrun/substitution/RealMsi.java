package org.iocrun.substitution;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real msi of EPICS base (found through EPICS_BASE, see scripts/epics-base) run as a process. Tests that need
 * it fail when CI=true and it is missing, and are skipped otherwise.
 */
public final class RealMsi {

    /** What a run produced. */
    public record Run(byte[] stdout, String stderr, int exitCode) {
    }

    private final Path executable;

    private RealMsi(Path executable) {
        this.executable = executable;
    }

    public static RealMsi require() {
        String base = System.getenv("EPICS_BASE");
        Path msi = base == null ? null : Path.of(base, "bin", "linux-x86_64", "msi");
        if (msi == null || !Files.isExecutable(msi)) {
            String why = base == null ? "EPICS_BASE is not set" : msi + " is missing";
            String message = why + ": run scripts/epics-base and set EPICS_BASE to the prefix it prints"
                    + " (scripts/mvn does this when the build is cached)";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return new RealMsi(msi);
    }

    public Run run(Path directory, List<String> args, Map<String, String> environment, byte[] stdin)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().keySet().removeIf(k -> !k.equals("PATH"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().write(stdin);
        process.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread errReader = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), err));
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            Assertions.fail("msi did not finish within 60 s: " + command);
        }
        errReader.join();
        return new Run(out, err.toString(), process.exitValue());
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            // the process is gone; what was read is enough for a message
        }
    }
}
