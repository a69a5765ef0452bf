package org.iocrun.cli;

import org.iocrun.launch.AutosaveRequests;
import org.iocrun.loading.EpicsPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code iocrun runtime generate-autosave [SUBST_FILE]}: ibek's autosave request generation, without msi. */
@Command(name = "generate-autosave", mixinStandardHelpOptions = true,
        description = "Link *.req files into $EPICS_ROOT/autosave and write autosave_{positions,settings}.req from ioc.subst.")
final class RuntimeGenerateAutosaveCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SUBST_FILE",
            description = "The substitution file (default: $EPICS_ROOT/runtime/ioc.subst).")
    Path subst;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, String> env = System.getenv();
        EpicsPaths paths = EpicsPaths.from(env);
        Path file = subst != null ? subst : paths.runtimeDir().resolve("ioc.subst");
        Reporting.warnings(spec.commandLine().getErr(),
                AutosaveRequests.linkRequestFiles(paths.support(), paths.configDir(), paths.autosave()), common.quiet);
        List<String> written = AutosaveRequests.generate(AutosaveRequests.blocks(Files.readString(file)),
                paths.autosave(), file.toAbsolutePath().getParent(), env);
        if (!common.quiet && !written.isEmpty()) {
            spec.commandLine().getErr().println("iocrun: wrote " + String.join(", ", written));
        }
        return 0;
    }
}
