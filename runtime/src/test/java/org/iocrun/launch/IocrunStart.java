package org.iocrun.launch;

import org.junit.jupiter.api.Assertions;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code iocrun start} as a child process, launched like the container's entrypoint: a JDK 25 JVM on the
 * launcher's classes, a pipe on stdin (as the tty the IOC shell reads), stdout and stderr together in a log file
 * that the IOC inherits through exec. {@link #close} kills the process and anything it left behind.
 */
final class IocrunStart implements AutoCloseable {

    /** The JVM flags of the ./iocrun script: a short-lived launcher wants a fast start, not peak throughput. */
    private static final List<String> JVM_FLAGS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
            "-Xshare:auto", "--enable-native-access=ALL-UNNAMED");

    private final Process process;
    private final Path log;
    private final long startNanos;
    private final OutputStream stdin;

    private IocrunStart(Process process, Path log, long startNanos) {
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
        this.stdin = process.getOutputStream();
    }

    /** Starts {@code iocrun start ARGS} in {@code workDir} with exactly {@code environment}. */
    static IocrunStart launch(Path workDir, Map<String, String> environment, String... args) throws IOException {
        return launch(workDir, environment, List.of(), args);
    }

    /**
     * Starts {@code WRAPPER... java ... iocrun start ARGS}: the wrapper (e.g. scripts/at-epics, which sets up a
     * mount namespace) execs the JVM, so the PID is still the one that becomes the IOC.
     */
    static IocrunStart launch(Path workDir, Map<String, String> environment, List<String> wrapper, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.iocrun.cli.Main", "start"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "iocrun-start-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        return new IocrunStart(builder.start(), log, start);
    }

    long pid() {
        return process.pid();
    }

    /** Everything the launcher and then the IOC printed so far. */
    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the output contains {@code text}; returns the time from launch. Fails early if the process ends. */
    Duration awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output().contains(text)) {
            if (!process.isAlive() && !output().contains(text)) {
                Assertions.fail("the process ended (exit " + process.exitValue() + ") without printing '" + text
                        + "'. Output:\n" + output());
            }
            if (System.nanoTime() > deadline) {
                Assertions.fail("no '" + text + "' within " + timeout.toMillis() + " ms. Output:\n" + output());
            }
            Thread.sleep(20);
        }
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Types a line on the IOC's stdin. */
    void sendLine(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /** SIGTERM, as Kubernetes stops a container. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the exit code; fails with the output when the process is still running after {@code timeout}. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            Assertions.fail("still running after " + timeout.toMillis() + " ms. Output:\n" + output());
        }
        return process.exitValue();
    }

    /** Time since launch. */
    Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** The program the process runs now ({@code /proc/PID/exe}), resolved: after exec, the IOC binary. */
    Optional<Path> executable() {
        try {
            return Optional.of(Files.readSymbolicLink(Path.of("/proc", String.valueOf(pid()), "exe")).toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The process's command name ({@code /proc/PID/comm}): after exec, the IOC binary's name. */
    String commandName() {
        try {
            return Files.readString(Path.of("/proc", String.valueOf(pid()), "comm")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    /** Commands of the processes below this one (there should be none: no JVM waits for the IOC). */
    List<String> descendants() {
        return process.descendants().map(p -> p.info().command().orElse("pid " + p.pid())).toList();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            stdin.close();
        } catch (IOException e) {
            // the pipe is broken when the process is gone; nothing to release
        }
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
