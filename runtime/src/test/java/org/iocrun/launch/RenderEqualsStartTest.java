package org.iocrun.launch;

import org.iocrun.cli.Main;
import org.iocrun.testing.FolderContents;
import org.iocrun.testing.EpicsRootLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code render} is {@code start} without the exec: on one Generic-IOC layout, {@code start --prepare-only} (into the
 * runtime and OPI volumes) and {@code render} (into a developer's folder, with the layout's paths given as
 * {@code --env}) write the same files, byte for byte. Both build through RuntimeFolderBuilder; before it, render
 * had its own copy of the steps, without autosave requests, protocols, place-files or RELEASE.shell's environment.
 */
class RenderEqualsStartTest {

    @TempDir
    Path dir;

    @Test
    void startPrepareOnlyAndRenderWriteTheSameRuntimeFiles() throws Exception {
        EpicsRootLayout layout = EpicsRootLayout.create(dir, "bl01t-ea-same-01").installSampleConfig("sim-ioc");
        // what a real image adds: a protocol of the support tree, a request file, and the instance's own template
        layout.write(layout.support().resolve("configure/protocol/sim.proto"), "Terminator = LF;\n");
        layout.write(layout.support().resolve("simdevice/db/simdevice_settings.req"), "$(P)AMPLITUDE\n");
        layout.writeConfig("extra.template", "record(ai, \"$(P)EXTRA\") {}\n");

        try (IocrunStart start = IocrunStart.launch(dir, layout.environment(), "--prepare-only")) {
            assertEquals(0, start.awaitExit(Duration.ofSeconds(60)), start.output());
        }
        Path out = dir.resolve("render");
        List<String> render = new ArrayList<>(List.of("render", layout.configDir().toString(), "-o", out.toString(), "-q"));
        Map<String, String> env = new TreeMap<>(layout.environment());
        env.put("RUNTIME_DIR", layout.runtimeDir().toString());
        env.forEach((k, v) -> render.addAll(List.of("--env", k + "=" + v)));
        assertEquals(0, Main.run(render.toArray(String[]::new)));

        Map<String, String> started = FolderContents.of(layout.runtimeDir());
        assertTrue(started.keySet().containsAll(List.of("st.cmd", "ioc.subst", "ioc.db", "autosave_settings.req",
                "protocol/sim.proto", "db/extra.template")), started.keySet().toString());
        FolderContents.Render rendered = FolderContents.ofRender(out);
        assertEquals(started, rendered.runtime());
        assertEquals(FolderContents.of(layout.opiDir()), rendered.opi());
        layout.unlinkOutside();
    }

}
