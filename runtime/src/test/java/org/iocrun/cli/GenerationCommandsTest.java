package org.iocrun.cli;

import org.iocrun.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The generation commands as a user runs them: outputs, exit codes 0/1/2, messages on stderr. */
class GenerationCommandsTest {

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static String sample(String... parts) {
        return Corpus.path("ibek-samples", parts).toString();
    }

    @TempDir
    Path dir;

    @Test
    void runtimeGenerateWritesTheOutputsAsPlainFiles() throws IOException {
        Path out = dir.resolve("runtime");
        CliRun r = run("runtime", "generate", sample("iocs", "utils.ibek.ioc.yaml"), sample("support", "utils.ibek.support.yaml"),
                "-o", out.toString(), "--no-pvi");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("ioc.subst", "st.cmd"), names(out));
        assertFalse(Files.isSymbolicLink(out.resolve("st.cmd")));
        assertTrue(Files.readString(out.resolve("st.cmd")).contains("# counter \"InterruptVector\" is now 193"));
    }

    /** A file a command cannot read is named first, as every problem is, with the reason in words. */
    @Test
    void anUnreadableFileIsReportedAtTheFile() {
        Path missing = dir.resolve("missing.subst");
        CliRun r = run("runtime", "generate-autosave", missing.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.err().startsWith(missing + ": cannot read or write the file: file not found"), r.err());
    }

    @Test
    void aFailedGenerationExitsOneAndLeavesTheOutputFolderUntouched() throws IOException {
        Path out = dir.resolve("runtime");
        assertEquals(0, run("runtime", "generate", sample("iocs", "utils.ibek.ioc.yaml"),
                sample("support", "utils.ibek.support.yaml"), "-o", out.toString(), "--no-pvi").exit());
        String previous = Files.readString(out.resolve("st.cmd"));
        CliRun r = run("runtime", "generate", sample("iocs", "bad_counter2.ibek.ioc.yaml"),
                sample("support", "utils.ibek.support.yaml"), "-o", out.toString(), "--no-pvi");
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("Counter InterruptVector exceeded maximum value of 194"), r.err());
        assertTrue(r.err().contains("utils.ibek.support.yaml:"), "names the support file: " + r.err());
        assertFalse(r.err().contains("\tat org."), "no stack trace for a user error");
        assertEquals(List.of("ioc.subst", "st.cmd"), names(out));
        assertEquals(previous, Files.readString(out.resolve("st.cmd")));
    }

    @Test
    void generate2WithInstanceFilesButNoFolderOrDefinitionsIsAClearError() {
        // ibek crashes here with AttributeError (ibek-behaviour §9 known bugs item 11)
        CliRun r = run("runtime", "generate2", "-i", sample("iocs", "utils.ibek.ioc.yaml"), "-o", dir.resolve("o").toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("no support definitions found") && r.err().contains("--definitions"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }

    @Test
    void validateExitsZeroOneOrTwo() {
        String defs = sample("support", "utils.ibek.support.yaml");
        CliRun ok = run("validate", "--definitions", defs, sample("iocs", "utils.ibek.ioc.yaml"));
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("utils.ibek.ioc.yaml: valid (1 entity)"), ok.out());
        CliRun bad = run("validate", "--definitions", sample("support", "asyn.ibek.support.yaml"),
                sample("iocs", "bad_default.ibek.ioc.yaml"));
        assertEquals(1, bad.exit());
        assertTrue(bad.err().contains("bad_default.ibek.ioc.yaml:") && bad.err().contains("missing required parameter 'port'"), bad.err());
        assertTrue(bad.err().contains("^"), "a caret under the column: " + bad.err());
        CliRun usage = run("validate", "--no-such-option");
        assertEquals(2, usage.exit());
    }

    @Test
    void renderAnnotatesEachBlockWithTheEntityThatMadeIt() throws IOException {
        Path out = dir.resolve("out");
        CliRun r = run("render", sample("iocs", "ipac-test.ibek.ioc.yaml"), "--definitions", sample("support", "ipac.ibek.support.yaml"),
                "--definitions", sample("support", "epics.ibek.support.yaml"), "-o", out.toString(), "--annotate");
        assertEquals(0, r.exit(), r.err());
        String st = Files.readString(out.resolve("st.cmd"));
        assertTrue(st.contains("cd \"/epics/ioc\""), "render uses the container's paths: " + st);
        assertTrue(st.contains("# ipac.Hy8002 'IPAC4' from ipac-test.ibek.ioc.yaml:"), st);
        assertTrue(Files.exists(out.resolve("opi/index.bob")));
    }

    @Test
    void renderExpandsTheDatabaseWithRelativeSupportPaths() throws IOException {
        // surefire runs in runtime/: the bundled sample through paths relative to it, as a developer types them
        Path out = dir.resolve("sim");
        CliRun r = run("render", "../samples/instances/sim-ioc/config",
                "--definitions", "../samples/support/simdevice/simdevice.ibek.support.yaml",
                "--definitions", Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml").toString(),
                "--pvi-defs", "../samples/support/simdevice", "--env", "SUPPORT=../samples/support",
                "--env", "IOC_NAME=sim-ioc", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.readString(out.resolve("ioc.db")).contains("record(calc, \"SIM-IOC:UPTIME\")"),
                Files.readString(out.resolve("ioc.db")));
        assertTrue(Files.exists(out.resolve("opi/index.bob")));
    }

    @Test
    void helpVersionAndCompletion() {
        assertEquals(0, run("--version").exit());
        CliRun help = run("--help");
        for (String command : List.of("start", "validate", "render", "diff", "runtime", "ioc", "support", "msi", "template")) {
            assertTrue(help.out().contains("  " + command), command + " missing from --help: " + help.out());
        }
        CliRun completion = run("generate-completion");
        assertEquals(0, completion.exit());
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("iocrun"), completion.out());
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> list = Files.list(d)) {
            // the hidden .iocrun-manifest lists the files iocrun wrote (PlainFolder)
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".iocrun-")).sorted().toList();
        }
    }
}
