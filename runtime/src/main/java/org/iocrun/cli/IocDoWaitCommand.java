package org.iocrun.cli;

import org.iocrun.launch.EpicsPaths;
import org.iocrun.launch.HardwareWait;
import org.iocrun.launch.WaitList;
import org.iocrun.yaml.YamlLoader;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code iocrun ioc do-wait}: ibek's hardware wait from wait_list.yaml, then the readiness marker. */
final class IocDoWaitCommand implements Callable<Integer> {

    Path source;

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(IocDoWaitCommand c) {
        c.spec = CommandSpecs.command(c, "do-wait",
                "Wait until the hardware in wait_list.yaml answers on TCP, then touch /tmp/doWait_completed.txt.");
        c.spec.addOption(CommandSpecs.option(Path.class, c.source, v -> c.source = v, "--source").paramLabel("FILE")
                .description("The wait list (default: $EPICS_ROOT/runtime/wait_list.yaml).").build());
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        PrintWriter err = spec.commandLine().getErr();
        Path file = source != null ? source : EpicsPaths.from(env).runtimeDir().resolve("wait_list.yaml");
        Path marker = Path.of(env.getOrDefault("IOCRUN_WAIT_MARKER", "/tmp/doWait_completed.txt"));
        Files.deleteIfExists(marker);
        if (!Files.exists(file)) {
            err.println("No wait list file found at " + file + ", skipping wait commands.");
        } else {
            WaitList.Read list = WaitList.read(new YamlLoader(), file);
            list.unsupported().forEach(t -> err.println("Wait entry type not supported yet: " + t));
            try {
                new HardwareWait(err).waitFor(list.targets());
            } catch (HardwareWait.WaitTimeout e) {
                err.println(e.getMessage());
                return 1;
            }
        }
        HardwareWait.markCompleted(marker);
        return 0;
    }
}
