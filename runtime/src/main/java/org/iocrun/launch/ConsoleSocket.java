package org.iocrun.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ioc-template's console wrapper (start.sh's first lines, runtime-contract §1.6): in Kubernetes the IOC runs under
 * epics-containers' stdio-socket server, which shares the IOC's console on the unix socket /tmp/stdio.sock (clients:
 * its {@code console} command, or {@code socat UNIX-CONNECT:/tmp/stdio.sock -,raw,echo=0}) and ignores a client's
 * Ctrl-D, so an operator's detach does not end the IOC. start.sh runs {@code STDIO_EXPOSED=YES exec stdio-socket
 * ${IOC}/start.sh}: the server takes the whole command as one shell string and no options; so does this.
 *
 * <p>Applies when {@code KUBERNETES_PORT} is set (the kubelet sets it in every container) and {@code STDIO_EXPOSED}
 * is not (a wrapped start must not wrap itself again); {@code IOCRUN_STDIO_SOCKET=off} turns it off. The server is
 * {@code stdio-socket} (ioc-template asks for >= 1.4.0) or, where only the older release is installed, its earlier
 * name {@code stdio-expose}.
 */
final class ConsoleSocket {

    static final List<String> SERVERS = List.of("stdio-socket", "stdio-expose");
    static final String SOCKET = "/tmp/stdio.sock";

    /** What became of the plan, with the line that says so (empty when nothing is to be said: not in Kubernetes). */
    record Decision(LaunchPlan plan, Optional<String> message) {
    }

    private ConsoleSocket() {
    }

    /** {@code plan} under the console server when the launcher's environment asks for it and one is installed. */
    static Decision wrap(LaunchPlan plan, Map<String, String> launcherEnv) {
        if (!launcherEnv.containsKey("KUBERNETES_PORT") || launcherEnv.containsKey("STDIO_EXPOSED")) {
            return new Decision(plan, Optional.empty());
        }
        if ("off".equals(launcherEnv.get("IOCRUN_STDIO_SOCKET"))) {
            return new Decision(plan, Optional.of("console not shared on " + SOCKET + " (IOCRUN_STDIO_SOCKET=off)"));
        }
        for (String name : SERVERS) {
            Optional<String> server = Executables.find(name, plan.environment());
            if (server.isPresent()) {
                Map<String, String> env = new LinkedHashMap<>(plan.environment());
                env.put("STDIO_EXPOSED", "YES");
                List<String> argv = new ArrayList<>(List.of(name, shellCommand(plan.argv())));
                return new Decision(new LaunchPlan(server.get(), argv, env),
                        Optional.of("console shared on " + SOCKET + " through " + name
                                + " (Kubernetes; IOCRUN_STDIO_SOCKET=off runs the IOC directly)"));
            }
        }
        return new Decision(plan, Optional.of("console not shared: neither stdio-socket nor stdio-expose is on PATH,"
                + " so the IOC reads the pod's stdin directly (Ctrl-D on an attached terminal ends it)"));
    }

    /** The argv as one POSIX shell command line (the server runs it with {@code sh -c}). */
    static String shellCommand(List<String> argv) {
        List<String> words = new ArrayList<>();
        for (String arg : argv) {
            words.add(arg.matches("[A-Za-z0-9_@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return String.join(" ", words);
    }
}
