package org.iocrun.opi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.opi.device.DeviceLibrary;
import org.iocrun.opi.device.PositionedYamlFileReader;
import org.iocrun.yaml.CacheFolder;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Prepared devices taken from the cache must be what drawing the device files now would give: stored entries are
 * used (a planted entry shows), and every change the device's resolution would see makes them a miss.
 */
class PreparedDeviceCacheTest {

    private static final String MARKER = "<!-- planted -->";

    @TempDir
    Path temp;
    private Path pviDefs;
    private Path config;
    private Path cacheDir;

    @BeforeEach
    void deviceFiles() throws IOException {
        pviDefs = Files.createDirectories(temp.resolve("pvi-defs"));
        config = Files.createDirectories(temp.resolve("config"));
        cacheDir = temp.resolve("cache");
        Files.writeString(pviDefs.resolve("dev.pvi.device.yaml"), """
                label: Dev
                parent: base
                children:
                  - type: Include
                    file_name: extras
                  - type: SignalR
                    name: Own
                    read_pv: $(P)Own
                    read_widget:
                      type: TextRead
                """);
        Files.writeString(pviDefs.resolve("base.pvi.device.yaml"), signal("Base", "FromBase"));
        Files.writeString(pviDefs.resolve("extras.pvi.device.yaml"), signal("Extras", "FromExtras"));
    }

    private static String signal(String label, String name) {
        return """
                label: %s
                children:
                  - type: SignalRW
                    name: %s
                    write_pv: $(P)%s
                    write_widget:
                      type: TextWrite
                """.formatted(label, name, name);
    }

    private PreparedDeviceCache cache(String build) {
        return new PreparedDeviceCache(new CacheFolder(cacheDir, build));
    }

    private OpiOutputs generate(Path defs, Path configDir, Optional<PreparedDeviceCache> cache) throws Exception {
        return new OpiGenerator(defs, configDir, new PositionedYamlFileReader(new YamlLoader()), cache).generate("ioc",
                List.of(new PviEntity("dev.pvi.device.yaml", true, Map.of("P", "X:"), true, "$(P)",
                        new SourcePosition(Path.of("ioc.yaml"), 3, 5))));
    }

    /** Replaces the stored entry of dev by one whose main screen carries {@link #MARKER}. */
    private void plant(Path defs, Path configDir) throws Exception {
        List<Path> searchPath = List.of(configDir, defs);
        DeviceLibrary library = new DeviceLibrary(new PositionedYamlFileReader(new YamlLoader()), searchPath);
        DeviceLibrary.Recorded loaded = library.loadRecorded(defs.resolve("dev.pvi.device.yaml"));
        PreparedDevice drawn = PreparedDevice.of(loaded.device(), "dev", defs.resolve("dev.pvi.device.yaml"));
        Map<String, String> screens = new LinkedHashMap<>(drawn.screens());
        screens.put("dev.pvi.bob", screens.get("dev.pvi.bob") + MARKER);
        cache("b1").store(Files.readAllBytes(defs.resolve("dev.pvi.device.yaml")), "dev", searchPath, loaded.probes(),
                new PreparedDevice(drawn.label(), drawn.records(), screens));
    }

    private boolean planted(OpiOutputs out) {
        return out.opiFiles().get("dev.pvi.bob").endsWith(MARKER);
    }

    @Test
    void aMissDrawsAndStoresAndTheNextRunGetsTheSameFilesFromTheEntry() throws Exception {
        OpiOutputs uncached = generate(pviDefs, config, Optional.empty());
        OpiOutputs first = generate(pviDefs, config, Optional.of(cache("b1")));
        try (Stream<Path> entries = Files.list(cacheDir)) {
            assertEquals(1, entries.filter(p -> p.toString().endsWith(".device")).count());
        }
        OpiOutputs second = generate(pviDefs, config, Optional.of(cache("b1")));
        for (OpiOutputs out : List.of(first, second)) {
            assertEquals(uncached.opiFiles(), out.opiFiles());
            assertEquals(uncached.runtimeTemplates(), out.runtimeTemplates());
            assertEquals(uncached.substitutions(), out.substitutions());
        }
        String template = uncached.runtimeTemplates().get("dev.pvi.template");
        assertTrue(template.contains("pvi.FromBase.") && template.contains("pvi.FromExtras."), template);
    }

    @Test
    void aStoredEntryIsUsedWhereverTheFoldersAre() throws Exception {
        plant(pviDefs, config);
        assertTrue(planted(generate(pviDefs, config, Optional.of(cache("b1")))));
        // an image's training run sees pvi-defs under another path than its containers do
        Path moved = Files.createDirectories(temp.resolve("elsewhere/pvi-defs"));
        try (Stream<Path> files = Files.list(pviDefs)) {
            for (Path f : files.toList()) {
                Files.copy(f, moved.resolve(f.getFileName()));
            }
        }
        assertTrue(planted(generate(moved, Files.createDirectories(temp.resolve("elsewhere/config")),
                Optional.of(cache("b1")))));
    }

    /** Each change that resolving the device would see, and each entry not of this build and format. */
    static Stream<ChangeCase> changes() {
        return Stream.of(
                new ChangeCase("the device file", t -> t.append("dev.pvi.device.yaml", "# edited\n")),
                new ChangeCase("its parent", t -> t.append("base.pvi.device.yaml", "# edited\n")),
                new ChangeCase("an include", t -> t.append("extras.pvi.device.yaml", "# edited\n")),
                new ChangeCase("a parent in the config folder", t -> t.write(t.config.resolve("base.pvi.device.yaml"),
                        signal("Base", "FromConfig"))),
                new ChangeCase("an include in the config folder", t -> t.write(t.config.resolve("extras.pvi.device.yaml"),
                        signal("Extras", "FromConfig"))),
                new ChangeCase("another iocrun build", t -> t.build = "b2"),
                new ChangeCase("a damaged entry", t -> t.truncateEntries()));
    }

    record ChangeCase(String name, Consumer<PreparedDeviceCacheTest> change) {
        @Override
        public String toString() {
            return name;
        }
    }

    private String build = "b1";

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anyChangeTheResolutionWouldSeeIsAMiss(ChangeCase c) throws Exception {
        plant(pviDefs, config);
        c.change().accept(this);
        OpiOutputs out = generate(pviDefs, config, Optional.of(cache(build)));
        assertFalse(planted(out), c.name());
        assertEquals(generate(pviDefs, config, Optional.empty()).opiFiles(), out.opiFiles(), c.name());
    }

    @Test
    void anUnwritableCacheFolderOnlyCostsTheCache() throws Exception {
        Files.writeString(cacheDir, "a file where the folder should be");
        assertEquals(generate(pviDefs, config, Optional.empty()).opiFiles(),
                generate(pviDefs, config, Optional.of(cache("b1"))).opiFiles());
    }

    /** A device that fails to resolve is reported as without the cache, and nothing is stored for it. */
    @Test
    void failuresAreNotStored() throws Exception {
        Files.delete(pviDefs.resolve("extras.pvi.device.yaml"));
        String message = org.junit.jupiter.api.Assertions.assertThrows(org.iocrun.diagnostics.UserError.class,
                () -> generate(pviDefs, config, Optional.of(cache("b1")))).getMessage();
        assertTrue(message.contains("cannot find extras.pvi.device.yaml"), message);
        assertFalse(Files.exists(cacheDir));
    }

    /** Every corpus case draws the same files from entries as it does without a cache (stored, then read). */
    @Test
    void corpusCasesAreTheSameFromStoredEntries() throws Exception {
        Path flatDefs = Files.createDirectories(temp.resolve("corpus-pvi-defs"));
        CorpusPviCase.linkCorpusPviDefs(flatDefs);
        List<CorpusPviCase> cases = CorpusPviCase.all(flatDefs);
        assertTrue(cases.size() > 5, "corpus cases: " + cases.size());
        for (CorpusPviCase c : cases) {
            OpiOutputs uncached = new OpiGenerator(c.pviDefs(), c.configDir()).generate(c.iocName(), c.entities());
            for (int run = 0; run < 2; run++) {
                OpiOutputs out = new OpiGenerator(c.pviDefs(), c.configDir(),
                        new PositionedYamlFileReader(new YamlLoader()), Optional.of(cache("b1")))
                        .generate(c.iocName(), c.entities());
                assertEquals(uncached.opiFiles(), out.opiFiles(), c.name());
                assertEquals(uncached.runtimeTemplates(), out.runtimeTemplates(), c.name());
                assertEquals(uncached.substitutions(), out.substitutions(), c.name());
            }
        }
        try (Stream<Path> entries = Files.list(cacheDir)) {
            assertTrue(entries.count() > 10);
        }
    }

    private void append(String file, String text) {
        write(pviDefs.resolve(file), readString(pviDefs.resolve(file)) + text);
    }

    private void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void truncateEntries() {
        try (Stream<Path> entries = Files.list(cacheDir)) {
            for (Path entry : entries.toList()) {
                byte[] bytes = Files.readAllBytes(entry);
                Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 7));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
