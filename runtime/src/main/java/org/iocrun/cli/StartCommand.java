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
 * 10, as start.sh does, so a crash-looping pod does not spin) and exits 1.
 */
final class StartCommand implements Callable<Integer> {

    static final int DEFAULT_ERROR_DELAY = 10;

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
        log.info("exec " + String.join(" ", plan.argv()));
        if (prepareOnly) {
            spec.commandLine().getOut().println(String.join(" ", plan.argv()));
            return 0;
        }
        try {
            execve.get().replaceWith(plan.program(), plan.argv(), plan.environment());
        } catch (ProcessReplacement.ExecFailure e) {
            err.println("iocrun: starting the IOC failed: " + e.getMessage());
        }
        return failed(err, env);
    }

    private static int failed(PrintWriter err, Map<String, String> env) throws InterruptedException {
        int delay = errorDelay(env);
        if (delay > 0) {
            err.println("iocrun: exiting in " + delay + " s (IOCRUN_ERROR_DELAY)");
        }
        err.flush();
        Thread.sleep(delay * 1000L);
        return 1;
    }

    static int errorDelay(Map<String, String> env) {
        try {
            return Math.max(0, Integer.parseInt(env.getOrDefault("IOCRUN_ERROR_DELAY", String.valueOf(DEFAULT_ERROR_DELAY)).strip()));
        } catch (NumberFormatException e) {
            return DEFAULT_ERROR_DELAY;
        }
    }
}
