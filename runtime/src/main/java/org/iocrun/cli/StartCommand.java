package org.iocrun.cli;

import org.iocrun.diagnostics.ProblemPrinter;
import org.iocrun.launch.LaunchPlan;
import org.iocrun.launch.Launcher;
import org.iocrun.launch.ProcessReplacement;
import org.iocrun.launch.RuntimeSetStamp;
import org.iocrun.launch.StartFailure;
import org.iocrun.launch.StepLog;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code iocrun start}: the container entrypoint. Prepares the runtime and OPI folders from the config folder and
 * then replaces this process with the IOC. On failure it names the step, waits IOCRUN_ERROR_DELAY seconds (default
 * 10, as start.sh does, so a crash-looping pod does not spin; none by default at a terminal outside a container,
 * where a person is waiting) and exits 1.
 */
final class StartCommand implements Callable<Integer> {

    static final int DEFAULT_ERROR_DELAY = 10;

    /** Every variable start reads, for its --help (README "What it does at container start" says the same). */
    static final String[] ENVIRONMENT_HELP = {
        "  EPICS_ROOT            the container's EPICS tree (default /epics)",
        "  IOC                   the IOC folder (default $EPICS_ROOT/ioc)",
        "  CONFIG_DIR            the instance's config folder (default $IOC/config)",
        "  RUNTIME_DIR           st.cmd, ioc.subst, ioc.db (default $EPICS_ROOT/runtime)",
        "  SUPPORT               support tree: */db templates, configure/RELEASE.shell",
        "                        (default $EPICS_ROOT/support)",
        "  IBEK_DO_WAIT_DISABLE  true: do not wait for ibek.wait_ip hardware",
        "  IOCRUN_WAIT_MARKER    touched when the wait is done",
        "                        (default /tmp/doWait_completed.txt)",
        "  IOCRUN_IOC_BINARY     the IOC binary (default $IOC/bin/$IOCRUN_ARCH/ioc)",
        "  IOCRUN_ARCH           EPICS host architecture (default linux-x86_64)",
        "  IOCRUN_ERROR_DELAY    seconds to wait before exiting on an error (default",
        "                        10; 0 at a terminal outside a container)",
        "  IOCRUN_CACHE          cache folder for parsed YAML and pvi screens, or off",
        "                        (default $XDG_CACHE_HOME/iocrun or ~/.cache/iocrun)",
        "  IOCRUN_REGENERATE     always: generate even when the runtime set is current",
        "  KUBERNETES_PORT       set (in a pod): run the IOC under the stdio-socket",
        "                        console server, unless STDIO_EXPOSED is set",
        "  IOCRUN_STDIO_SOCKET   off: exec the IOC directly in a pod too",
        "  HOSTNAME              named in the runtime set's record (the pod's name)",
        "  Any other variable (IOC_NAME, ...) is there for _global.get_env in templates.",
    };

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    // An image build trains the JVM's AOT cache on a real start; exec would end the JVM before the cache is written.
    boolean prepareOnly;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(StartCommand c) {
        c.spec = CommandSpecs.command(c, "start",
                "Generate the IOC's runtime files from $IOC/config and exec the IOC (the container entrypoint).");
        c.common.addTo(c.spec);
        c.spec.addOption(CommandSpecs.option(boolean.class, c.prepareOnly, v -> c.prepareOnly = v, "--prepare-only")
                .description("Prepare the runtime and OPI folders, print the IOC command line and exit 0 without "
                        + "starting the IOC.").build());
        c.spec.usageMessage().footerHeading("%nEnvironment:%n").footer(ENVIRONMENT_HELP);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> env = System.getenv();
        PrintWriter err = spec.commandLine().getErr();
        StepLog log = new StepLog(err, common.quiet);
        ProcessReplacement.Linking execve = prepareOnly ? null : ProcessReplacement.linkInBackground();
        Services services = Services.create();
        LaunchPlan plan;
        try {
            plan = new Launcher(services.yaml(), services.generator(), env, log,
                    RuntimeSetStamp.of(env, prepareOnly)).prepare();
        } catch (StartFailure f) {
            err.println("iocrun: " + f.step() + " failed:");
            new ProblemPrinter(err).print(f.problems());
            return failed(err, env);
        }
        if (prepareOnly) {
            log.info("prepared; without --prepare-only start would now exec " + String.join(" ", plan.argv()));
            spec.commandLine().getOut().println(String.join(" ", plan.argv()));
            return 0;
        }
        log.info("exec " + String.join(" ", plan.argv()));
        try {
            execve.get().replaceWith(plan.program(), plan.argv(), plan.environment());
        } catch (ProcessReplacement.ExecFailure e) {
            err.println("iocrun: starting the IOC failed: " + e.getMessage());
        }
        return failed(err, env);
    }

    private static int failed(PrintWriter err, Map<String, String> env) throws InterruptedException {
        int delay = errorDelay(env, atTerminal(), inContainer(env));
        if (delay > 0) {
            err.println("iocrun: exiting in " + delay + " s (IOCRUN_ERROR_DELAY)");
        }
        err.flush();
        Thread.sleep(delay * 1000L);
        return 1;
    }

    /**
     * IOCRUN_ERROR_DELAY when set; otherwise start.sh's 10 s, which keeps a crash-looping container from spinning,
     * except at a terminal outside a container, where the delay only keeps a person waiting.
     */
    static int errorDelay(Map<String, String> env, boolean atTerminal, boolean inContainer) {
        int byDefault = atTerminal && !inContainer ? 0 : DEFAULT_ERROR_DELAY;
        String set = env.get("IOCRUN_ERROR_DELAY");
        if (set == null || set.isBlank()) {
            return byDefault;
        }
        try {
            return Math.max(0, Integer.parseInt(set.strip()));
        } catch (NumberFormatException e) {
            return byDefault;
        }
    }

    /** Standard input and output both a terminal (JDK 22+: {@link java.io.Console#isTerminal}). */
    private static boolean atTerminal() {
        java.io.Console console = System.console();
        return console != null && console.isTerminal();
    }

    /** The marks container runtimes leave: Docker's /.dockerenv, Podman's /run/.containerenv, Kubernetes' variables. */
    static boolean inContainer(Map<String, String> env) {
        return env.containsKey("KUBERNETES_SERVICE_HOST") || env.containsKey("container")
                || java.nio.file.Files.exists(java.nio.file.Path.of("/.dockerenv"))
                || java.nio.file.Files.exists(java.nio.file.Path.of("/run/.containerenv"));
    }
}
