package org.iocrun.launch;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Replaces this JVM with another program through {@code execve(2)}, called via the FFM API: the program keeps
 * the PID, stdin/stdout/stderr (the container's tty) and the environment we pass, and no Java process remains.
 * Before the call the signal mask is cleared and SIGPIPE/SIGINT/SIGTERM/SIGHUP/SIGQUIT are set back to their
 * defaults, because ignored dispositions and blocked signals survive exec and the IOC must react to them.
 *
 * <p>An instance holds the linked downcalls. Linking them costs a cold JVM ~60 ms (method handles and stubs spun
 * at run time, which the AOT cache cannot hold), so {@link #linkInBackground} does it on a thread of its own while
 * the start prepares the IOC's files.
 */
public final class ProcessReplacement {

    private static final int SIG_SETMASK = 2;
    private static final int[] RESET_SIGNALS = {1, 2, 3, 13, 15}; // HUP INT QUIT PIPE TERM
    private static final long SIGSET_BYTES = 128;

    private final Linker linker;
    private final SymbolLookup libc;
    private final MemoryLayout errnoLayout;
    private final MethodHandle execve;
    private final MethodHandle signal;
    private final MethodHandle sigprocmask;

    private ProcessReplacement() {
        linker = Linker.nativeLinker();
        libc = linker.defaultLookup();
        errnoLayout = Linker.Option.captureStateLayout();
        execve = linker.downcallHandle(libc.find("execve").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                Linker.Option.captureCallState("errno"));
        signal = linker.downcallHandle(libc.find("signal").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        sigprocmask = linker.downcallHandle(libc.find("sigprocmask").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
    }

    /** Thrown when execve returns, which it only does on failure. */
    public static final class ExecFailure extends Exception {
        public ExecFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Links the downcalls now, on this thread. */
    public static ProcessReplacement link() throws ExecFailure {
        try {
            return new ProcessReplacement();
        } catch (RuntimeException | Error e) {
            throw new ExecFailure("cannot link execve: " + e);
        }
    }

    /**
     * Starts linking the downcalls on a daemon thread of its own, then rehearses a call that cannot succeed (an
     * empty program name, ENOENT) so that what the first call spins (memory-segment accessors, the errno capture)
     * is done there too; {@link Linking#get} waits for it.
     */
    public static Linking linkInBackground() {
        CompletableFuture<ProcessReplacement> linked = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("iocrun-link-execve").start(() -> {
            try {
                ProcessReplacement replacement = link();
                replacement.rehearse();
                linked.complete(replacement);
            } catch (ExecFailure | RuntimeException | Error e) {
                linked.completeExceptionally(e);
            }
        });
        return new Linking(linked);
    }

    private void rehearse() {
        try (Arena arena = Arena.ofConfined()) {
            Failed failed = call(arena, "", List.of(""), Map.of("REHEARSAL", "1"));
            if (failed.result() != -1) {
                throw new IllegalStateException("execve(\"\") returned " + failed.result());
            }
            int ignored = (int) sigprocmask.invokeExact(SIG_SETMASK, MemorySegment.NULL, MemorySegment.NULL);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** Downcalls being linked in the background. */
    public record Linking(CompletableFuture<ProcessReplacement> linked) {
        public ProcessReplacement get() throws ExecFailure {
            try {
                return linked.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof ExecFailure f ? f : new ExecFailure("cannot link execve: " + e.getCause());
            }
        }
    }

    /** Links the downcalls and replaces this JVM with {@code program}. */
    public static void exec(String program, List<String> argv, Map<String, String> environment) throws ExecFailure {
        link().replaceWith(program, argv, environment);
    }

    /** Never returns normally: on success this process is the program. */
    public void replaceWith(String program, List<String> argv, Map<String, String> environment) throws ExecFailure {
        try (Arena arena = Arena.ofConfined()) {
            System.out.flush();
            System.err.flush();
            resetSignals(arena);
            Failed failed = call(arena, program, argv, environment);
            // linked only now: each downcall handle costs a cold start milliseconds, and success never gets here
            MethodHandle strerror = linker.downcallHandle(libc.find("strerror").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            MemorySegment text = ((MemorySegment) strerror.invokeExact(failed.errno())).reinterpret(256);
            throw new ExecFailure("cannot execute " + program + ": " + text.getString(0)
                    + " (execve returned " + failed.result() + ")");
        } catch (ExecFailure e) {
            throw e;
        } catch (Throwable t) {
            throw new ExecFailure("cannot execute " + program + ": " + t);
        }
    }

    /** What a failed execve returned, and errno. */
    private record Failed(int result, int errno) {
    }

    /** execve with its arguments in {@code arena}; returns only on failure. */
    private Failed call(Arena arena, String program, List<String> argv, Map<String, String> environment) throws Throwable {
        MemorySegment path = arena.allocateFrom(program);
        MemorySegment args = strings(arena, argv);
        MemorySegment env = strings(arena, environment.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
        MemorySegment state = arena.allocate(errnoLayout);
        int result = (int) execve.invokeExact(state, path, args, env);
        return new Failed(result, (int) errnoLayout.varHandle(MemoryLayout.PathElement.groupElement("errno")).get(state, 0L));
    }

    /** A NULL-terminated char* array. */
    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ValueLayout.ADDRESS, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ValueLayout.ADDRESS, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ValueLayout.ADDRESS, values.size(), MemorySegment.NULL);
        return array;
    }

    private void resetSignals(Arena arena) throws Throwable {
        for (int sig : RESET_SIGNALS) {
            MemorySegment previous = (MemorySegment) signal.invokeExact(sig, MemorySegment.NULL); // SIG_DFL is 0
        }
        MemorySegment empty = arena.allocate(SIGSET_BYTES);
        int ignored = (int) sigprocmask.invokeExact(SIG_SETMASK, empty, MemorySegment.NULL);
    }
}
