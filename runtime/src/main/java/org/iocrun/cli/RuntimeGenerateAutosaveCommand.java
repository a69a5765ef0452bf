package org.iocrun.cli;

import org.iocrun.launch.AutosaveRequests;
import org.iocrun.launch.EpicsPaths;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code iocrun runtime generate-autosave [SUBST_FILE]}: ibek's autosave request generation, without msi. */
final class RuntimeGenerateAutosaveCommand implements Callable<Integer> {

    Path subst;

    final CommonOptions common = new CommonOptions();

    CommandSpec spec;

    /** The command's picocli model (CommandSpecs says why it is built in code). */
    static CommandSpec spec(RuntimeGenerateAutosaveCommand c) {
        c.spec = CommandSpecs.command(c, "generate-autosave", "Link *.req files into $EPICS_ROOT/autosave and write "
                + "autosave_{positions,settings}.req from ioc.subst.");
        CommandSpecs.addPositional(c.spec, CommandSpecs.positional(Path.class, c.subst, v -> c.subst = v)
                .index("0").arity("0..1").paramLabel("SUBST_FILE")
                .description("The substitution file (default: $EPICS_ROOT/runtime/ioc.subst)."));
        c.common.addTo(c.spec);
        return CommandSpecs.withStandardHelp(c.spec);
    }

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
