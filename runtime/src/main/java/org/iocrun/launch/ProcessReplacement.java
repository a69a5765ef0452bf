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

/**
 * Replaces this JVM with another program through {@code execve(2)}, called via the FFM API: the program keeps
 * the PID, stdin/stdout/stderr (the container's tty) and the environment we pass, and no Java process remains.
 * Before the call the signal mask is cleared and SIGPIPE/SIGINT/SIGTERM/SIGHUP/SIGQUIT are set back to their
 * defaults, because ignored dispositions and blocked signals survive exec and the IOC must react to them.
 */
public final class ProcessReplacement {

    private static final int SIG_SETMASK = 2;
    private static final int[] RESET_SIGNALS = {1, 2, 3, 13, 15}; // HUP INT QUIT PIPE TERM
    private static final long SIGSET_BYTES = 128;

    private ProcessReplacement() {
    }

    /** Thrown when execve returns, which it only does on failure. */
    public static final class ExecFailure extends Exception {
        public ExecFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** Never returns normally: on success this process is the program. */
    public static void exec(String program, List<String> argv, Map<String, String> environment) throws ExecFailure {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        MemoryLayout errnoLayout = Linker.Option.captureStateLayout();
        VarHandle errnoHandle = errnoLayout.varHandle(MemoryLayout.PathElement.groupElement("errno"));
        MethodHandle execve = linker.downcallHandle(libc.find("execve").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                Linker.Option.captureCallState("errno"));
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment path = arena.allocateFrom(program);
            MemorySegment args = strings(arena, argv);
            MemorySegment env = strings(arena, environment.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList());
            MemorySegment state = arena.allocate(errnoLayout);
            System.out.flush();
            System.err.flush();
            resetSignals(linker, libc, arena);
            int result = (int) execve.invokeExact(state, path, args, env);
            int errno = (int) errnoHandle.get(state, 0L);
            // linked only now: each downcall handle costs a cold start milliseconds, and success never gets here
            MethodHandle strerror = linker.downcallHandle(libc.find("strerror").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
            MemorySegment text = ((MemorySegment) strerror.invokeExact(errno)).reinterpret(256);
            throw new ExecFailure("cannot execute " + program + ": " + text.getString(0) + " (execve returned " + result + ")");
        } catch (ExecFailure e) {
            throw e;
        } catch (Throwable t) {
            throw new ExecFailure("cannot execute " + program + ": " + t);
        }
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

    private static void resetSignals(Linker linker, SymbolLookup libc, Arena arena) throws Throwable {
        MethodHandle signal = linker.downcallHandle(libc.find("signal").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        MethodHandle sigprocmask = linker.downcallHandle(libc.find("sigprocmask").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS));
        for (int sig : RESET_SIGNALS) {
            MemorySegment previous = (MemorySegment) signal.invokeExact(sig, MemorySegment.NULL); // SIG_DFL is 0
        }
        MemorySegment empty = arena.allocate(SIGSET_BYTES);
        int ignored = (int) sigprocmask.invokeExact(SIG_SETMASK, empty, MemorySegment.NULL);
    }
}
