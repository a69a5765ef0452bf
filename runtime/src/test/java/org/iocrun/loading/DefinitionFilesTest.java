package org.iocrun.loading;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import org.iocrun.launch.EpicsPaths;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** File discovery as ibek's generate2 does it, on an in-memory Unix filesystem. */
class DefinitionFilesTest {

    @Test
    void findsSupportFilesRecursivelySortedFollowingLinks() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path defs = fs.getPath("/epics/ibek-defs");
            touch(defs.resolve("b/b.ibek.support.yaml"));
            touch(defs.resolve("a.ibek.support.yaml"));
            touch(defs.resolve("z/deeper/zz.ibek.support.yaml"));
            touch(defs.resolve("notes.yaml"));
            touch(defs.resolve("x.ibek.support.yaml.bak"));
            Path linked = fs.getPath("/elsewhere/linked.ibek.support.yaml");
            touch(linked);
            Files.createDirectories(defs.resolve("c"));
            Files.createSymbolicLink(defs.resolve("c/link.ibek.support.yaml"), linked);
            assertEquals(List.of(defs.resolve("a.ibek.support.yaml"), defs.resolve("b/b.ibek.support.yaml"),
                            defs.resolve("c/link.ibek.support.yaml"), defs.resolve("z/deeper/zz.ibek.support.yaml")),
                    DefinitionFiles.supportFilesUnder(defs));
        }
    }

    @Test
    void defaultDefinitionsAreTheImagesThenTheConfigFolders() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            touch(fs.getPath("/epics/ibek-defs/asyn.ibek.support.yaml"));
            touch(fs.getPath("/epics/ioc/config/local.ibek.support.yaml"));
            assertEquals(List.of(fs.getPath("/epics/ibek-defs/asyn.ibek.support.yaml"),
                            fs.getPath("/epics/ioc/config/local.ibek.support.yaml")),
                    DefinitionFiles.defaultDefinitions(fs.getPath("/epics"), fs.getPath("/epics/ioc/config")));
        }
    }

    @Test
    void missingFoldersGiveNoFiles() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            assertEquals(List.of(), DefinitionFiles.defaultDefinitions(fs.getPath("/nowhere"), fs.getPath("/none")));
        }
    }

    @Test
    void instanceFilesAreIocYamlThenRuntimeYaml() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path config = fs.getPath("/epics/ioc/config");
            touch(config.resolve("runtime.yaml"));
            assertEquals(List.of(config.resolve("runtime.yaml")), DefinitionFiles.instanceFilesIn(config));
            touch(config.resolve("ioc.yaml"));
            touch(config.resolve("other.yaml"));
            assertEquals(List.of(config.resolve("ioc.yaml"), config.resolve("runtime.yaml")),
                    DefinitionFiles.instanceFilesIn(config));
        }
    }

    @Test
    void epicsPathsFollowTheEnvironmentWithContainerDefaults() throws IOException {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            EpicsPaths defaults = EpicsPaths.from(Map.of(), fs);
            assertEquals(fs.getPath("/epics/ioc/config"), defaults.configDir());
            assertEquals(fs.getPath("/epics/runtime"), defaults.runtimeDir());
            EpicsPaths custom = EpicsPaths.from(Map.of("EPICS_ROOT", "/r", "IOC", "/x/ioc"), fs);
            assertEquals(fs.getPath("/x/ioc/config"), custom.configDir());
            assertEquals(fs.getPath("/r/opi"), custom.opiDir());
            assertEquals(fs.getPath("/r/ibek-defs"), custom.ibekDefs());
        }
    }

    private static void touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "module: x\nentity_models: []\n");
    }
}
