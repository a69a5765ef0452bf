package org.iocrun.launch;

import org.iocrun.diagnostics.Problem;
import org.iocrun.generation.Generator;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code iocrun start} prepares before exec, for each config-folder branch, on a container-like tree. */
class LauncherTest {

    static final String SUPPORT = """
            module: dev
            entity_models:
              - name: Box
                description: a box
                parameters:
                  name: {type: id, description: id}
                  P: {type: str, description: prefix}
                  port: {type: str, description: where it answers, default: ""}
                pre_init:
                  - value: boxConfigure({{ name }})
                databases:
                  - file: box.template
                    args: {P: , name: }
              - name: Waiter
                description: waits
                parameters:
                  address: {type: str, description: ip:port}
                sub_entities:
                  - type: ibek.wait_ip
                    device: waiter
                    address: "{{ address }}"
                    timeout: 1
            """;

    @TempDir
    Path root;
    Path config;
    Path runtime;
    Path opi;
    final StringWriter logText = new StringWriter();
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void layout() throws IOException {
        config = Files.createDirectories(root.resolve("ioc/config"));
        runtime = Files.createDirectories(root.resolve("runtime"));
        opi = Files.createDirectories(root.resolve("opi"));
        Files.createDirectories(root.resolve("ibek-defs"));
        Files.createDirectories(root.resolve("pvi-defs"));
        Files.writeString(root.resolve("ibek-defs/dev.ibek.support.yaml"), SUPPORT);
        Files.createDirectories(root.resolve("support/dev/db"));
        Files.writeString(root.resolve("support/dev/db/box.template"), "record(ai, \"$(P)VALUE\") { field(DESC, \"$(name)\") }\n");
        Files.writeString(runtime.resolve("stale-from-last-boot.db"), "old");
        Files.writeString(opi.resolve("stale.bob"), "old");
        env.put("EPICS_ROOT", root.toString());
        env.put("IOCRUN_WAIT_MARKER", root.resolve("doWait_completed.txt").toString());
    }

    LaunchPlan prepare() throws StartFailure {
        YamlLoader yaml = new YamlLoader();
        return new Launcher(yaml, new Generator(new JinjaEngine(), yaml), env,
                new StepLog(new PrintWriter(logText, true), false)).prepare();
    }

    void iocYaml(String entities) throws IOException {
        Files.writeString(config.resolve("ioc.yaml"), "ioc_name: test\ndescription: d\nentities:\n" + entities);
    }

    @Test
    void iocYamlGeneratesExpandsAndPlansTheIoc() throws Exception {
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        LaunchPlan plan = prepare();
        assertEquals(List.of("index.bob"), names(opi));
        assertEquals(List.of("ioc.db", "ioc.subst", "st.cmd"), names(runtime));
        assertTrue(Files.readString(runtime.resolve("st.cmd")).contains("boxConfigure(b1)"));
        assertEquals("record(ai, \"T:VALUE\") { field(DESC, \"b1\") }\n", Files.readString(runtime.resolve("ioc.db")));
        assertEquals(root.resolve("ioc/bin/linux-x86_64/ioc").toString(), plan.program());
        assertEquals(List.of(plan.program(), runtime.resolve("st.cmd").toString()), plan.argv());
        assertEquals(runtime.toString(), plan.environment().get("RUNTIME_DIR"));
        assertEquals(config.toString(), plan.environment().get("CONFIG_DIR"));
        assertTrue(Files.exists(root.resolve("doWait_completed.txt")), "readiness marker");
        assertTrue(logText.toString().contains("iocrun: generated st.cmd and ioc.subst (1 entities) in "), logText.toString());
    }

    @Test
    void aMissingTemplateNamesTheEntityItsSupportFileAndTheSearchedFolders() throws Exception {
        Files.delete(root.resolve("support/dev/db/box.template"));
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        StartFailure failure = assertThrows(StartFailure.class, this::prepare);
        Problem p = failure.problems().getFirst();
        assertTrue(p.message().contains("database template 'box.template' used by ioc.yaml:4 is not on the include path"), p.headline());
        assertEquals("dev.ibek.support.yaml", p.position().file().getFileName().toString());
        assertEquals(12, p.position().line());
        assertTrue(p.hint().contains(config.toString()) && p.hint().contains("support/dev/db"), p.hint());
        assertEquals(List.of("stale-from-last-boot.db"), names(runtime), "previous runtime contents must stay");
    }

    @Test
    void aGenerationErrorLeavesThePreviousRuntimeAndOpiUntouched() throws Exception {
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:', nope: 1}\n");
        StartFailure failure = assertThrows(StartFailure.class, this::prepare);
        assertEquals("generating st.cmd and ioc.subst", failure.step());
        assertTrue(failure.problems().getFirst().headline().contains("ioc.yaml:4:"), failure.problems().getFirst().headline());
        assertEquals(List.of("stale-from-last-boot.db"), names(runtime));
        assertEquals(List.of("stale.bob"), names(opi));
    }

    @Test
    void handWrittenFilesAreCopiedAndTheSubstitutionsExpanded() throws Exception {
        Files.writeString(config.resolve("st.cmd"), "dbLoadRecords ioc.db\niocInit\n");
        Files.writeString(config.resolve("ioc.subst"), "file box.template { pattern {P, name} {\"H:\", h} }\n");
        LaunchPlan plan = prepare();
        assertEquals(List.of("ioc.db", "ioc.subst", "st.cmd"), names(runtime));
        assertEquals("record(ai, \"H:VALUE\") { field(DESC, \"h\") }\n", Files.readString(runtime.resolve("ioc.db")));
        assertEquals(List.of(), names(opi), "no OPI screens of an earlier boot survive");
        assertTrue(plan.program().endsWith("/ioc"));
    }

    @Test
    void aStartScriptWinsAndTheFoldersAreCleared() throws Exception {
        Files.writeString(config.resolve("start.sh"), "echo hi\n");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        LaunchPlan plan = prepare();
        assertEquals(List.of("bash", config.resolve("start.sh").toString()), plan.argv());
        assertTrue(plan.program().endsWith("bash"));
        assertEquals(List.of(), names(runtime));
        assertEquals(List.of(), names(opi));
    }

    @Test
    void anEmptyConfigFolderIsAClearError() throws Exception {
        StartFailure failure = assertThrows(StartFailure.class, this::prepare);
        assertTrue(failure.problems().getFirst().message().contains("none of start.sh, ioc.yaml or st.cmd"));
        assertEquals(List.of("stale-from-last-boot.db"), names(runtime));
    }

    /** Real support YAML names templates through RELEASE.shell's macros (iocStats: $(IOCSTATS)/db/iocAdminSoft.db). */
    @Test
    void aTemplateNamedThroughAReleaseShellMacroIsFoundAndExpanded() throws Exception {
        Files.writeString(root.resolve("ibek-defs/dev.ibek.support.yaml"), SUPPORT.replace("file: box.template", "file: $(DEV)/db/box.template"));
        Files.createDirectories(root.resolve("support/configure"));
        Files.writeString(root.resolve("support/configure/RELEASE.shell"), "export DEV=\"" + root.resolve("support/dev") + "\"\n");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        prepare();
        assertEquals("record(ai, \"T:VALUE\") { field(DESC, \"b1\") }\n", Files.readString(runtime.resolve("ioc.db")));
    }

    @Test
    void aTemplateMacroSetNowhereNamesTheTemplateOnceUnquoted() throws Exception {
        Files.writeString(root.resolve("ibek-defs/dev.ibek.support.yaml"), SUPPORT.replace("file: box.template", "file: $(NOWHERE)/db/box.template"));
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        Problem p = assertThrows(StartFailure.class, this::prepare).problems().getFirst();
        assertTrue(p.message().contains("database template '$(NOWHERE)/db/box.template' used by ioc.yaml:4 is not on the include path"), p.headline());
        assertTrue(p.hint().contains("an environment variable in the name is not set"), p.hint());
    }

    /** ioc-template's start.sh: {@code STDIO_EXPOSED=YES exec stdio-socket ${IOC}/start.sh} in Kubernetes. */
    @Test
    void inKubernetesTheIocRunsUnderTheConsoleSocketServer() throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path server = executable(bin.resolve("stdio-socket"));
        executable(bin.resolve("stdio-expose"));
        env.put("PATH", bin.toString());
        env.put("KUBERNETES_PORT", "tcp://10.96.0.1:443");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        LaunchPlan plan = prepare();
        String ioc = root.resolve("ioc/bin/linux-x86_64/ioc").toString();
        assertEquals(server.toString(), plan.program());
        assertEquals(List.of("stdio-socket", ioc + " " + runtime.resolve("st.cmd")), plan.argv(),
                "the whole IOC command as one shell string, no options, as start.sh passes it");
        assertEquals("YES", plan.environment().get("STDIO_EXPOSED"));
        assertTrue(logText.toString().contains("console shared on /tmp/stdio.sock through stdio-socket"), logText.toString());
    }

    @Test
    void theOlderServerNameIsUsedWhenItIsTheOnlyOne() throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path server = executable(bin.resolve("stdio-expose"));
        env.put("PATH", bin.toString());
        env.put("KUBERNETES_PORT", "tcp://10.96.0.1:443");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        assertEquals(server.toString(), prepare().program());
    }

    /** Each row: the environment beyond PATH (a folder holding stdio-socket); the IOC is exec'd directly. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
            "",                                                          // not in Kubernetes: nothing changes
            "KUBERNETES_PORT=tcp://10.96.0.1:443 STDIO_EXPOSED=YES",     // already under the server
            "KUBERNETES_PORT=tcp://10.96.0.1:443 IOCRUN_STDIO_SOCKET=off"})  // turned off
    void theIocIsExecDirectlyWhenTheWrapperDoesNotApply(String extra) throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        executable(bin.resolve("stdio-socket"));
        env.put("PATH", bin.toString());
        for (String kv : extra.split(" ")) {
            if (!kv.isEmpty()) {
                env.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
        }
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        assertEquals(root.resolve("ioc/bin/linux-x86_64/ioc").toString(), prepare().program());
    }

    @Test
    void withoutAServerTheIocRunsDirectlyAndTheLogSaysWhy() throws Exception {
        env.put("PATH", Files.createDirectories(root.resolve("empty-bin")).toString());
        env.put("KUBERNETES_PORT", "tcp://10.96.0.1:443");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        assertEquals(root.resolve("ioc/bin/linux-x86_64/ioc").toString(), prepare().program());
        assertTrue(logText.toString().contains("console not shared: neither stdio-socket nor stdio-expose is on PATH"),
                logText.toString());
    }

    @Test
    void aConfigFolderStartScriptIsWrappedToo() throws Exception {
        Path bin = Files.createDirectories(root.resolve("bin"));
        executable(bin.resolve("bash"));
        Path server = executable(bin.resolve("stdio-socket"));
        env.put("PATH", bin.toString());
        env.put("KUBERNETES_PORT", "tcp://10.96.0.1:443");
        Files.writeString(config.resolve("start.sh"), "echo hand-made\n");
        LaunchPlan plan = prepare();
        assertEquals(server.toString(), plan.program());
        assertEquals("bash " + config.resolve("start.sh"), plan.argv().get(1));
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        file.toFile().setExecutable(true);
        return file;
    }

    @Test
    void releaseShellExportsReachTheIoc() throws Exception {
        Files.createDirectories(root.resolve("support/configure"));
        Files.writeString(root.resolve("support/configure/RELEASE.shell"),
                "# generated\nexport DEV=\"/epics/support/dev\"\nexport EPICS_DB_INCLUDE_PATH=\"/a/db:/b/db\"\nnot an export\n");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n");
        Map<String, String> iocEnv = prepare().environment();
        assertEquals("/epics/support/dev", iocEnv.get("DEV"));
        assertEquals("/a/db:/b/db", iocEnv.get("EPICS_DB_INCLUDE_PATH"));
    }

    @Test
    void theHardwareWaitPassesWhenThePortListens() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            iocYaml("  - {type: dev.Waiter, address: '127.0.0.1:" + server.getLocalPort() + "'}\n");
            prepare();
            assertTrue(Files.exists(root.resolve("doWait_completed.txt")));
            assertTrue(Files.readString(runtime.resolve("wait_list.yaml")).contains("127.0.0.1:" + server.getLocalPort()));
        }
    }

    @Test
    void theHardwareWaitTimesOutOnAClosedPort() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        iocYaml("  - {type: dev.Waiter, address: '127.0.0.1:" + closed + "'}\n");
        StartFailure failure = assertThrows(StartFailure.class, this::prepare);
        assertEquals("waiting for hardware", failure.step());
        assertTrue(failure.problems().getFirst().message()
                .contains("Connection to waiter at 127.0.0.1:" + closed + " timed out after 1 seconds"));
        assertFalse(Files.exists(root.resolve("doWait_completed.txt")));
    }

    @Test
    void theHardwareWaitCanBeDisabled() throws Exception {
        env.put("IBEK_DO_WAIT_DISABLE", "true");
        iocYaml("  - {type: dev.Waiter, address: '127.0.0.1:1'}\n");
        prepare();
        assertTrue(logText.toString().contains("hardware wait disabled"));
    }

    @Test
    void autosaveRequestFilesAreWrittenFromTheSubstitutions() throws Exception {
        Files.writeString(root.resolve("support/dev/db/box_settings.req"), "$(P)VALUE\n");
        iocYaml("  - {type: dev.Box, name: b1, P: 'T:'}\n  - {type: dev.Box, name: b2, P: 'U:'}\n");
        prepare();
        assertEquals("T:VALUE\nU:VALUE\n", Files.readString(runtime.resolve("autosave_settings.req")));
        assertTrue(Files.isSymbolicLink(root.resolve("autosave/box_settings.req")));
        assertFalse(Files.exists(runtime.resolve("autosave_positions.req")));
    }

    /** The visible entries: the output folders' hidden switching machinery (.iocrun-*) is not content. */
    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".iocrun-")).sorted()
                    .collect(Collectors.toList());
        }
    }
}
