package org.iocrun.generation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Compares a generation's OPI outputs with pvi's goldens: the same screen set, each byte for byte. */
final class OpiFiles {

    private OpiFiles() {
    }

    /**
     * @param opiGolden     folder of the golden .bob files
     * @param runtimeGolden folder holding the golden .pvi.template files
     */
    static void assertSame(Path opiGolden, GeneratedFiles generated, Path runtimeGolden) throws IOException {
        Map<String, String> screens = new TreeMap<>(generated.opi().orElseThrow().opiFiles());
        Map<String, String> expectedScreens = read(opiGolden, ".bob");
        assertEquals(new TreeSet<>(expectedScreens.keySet()), new TreeSet<>(screens.keySet()), "OPI file set");
        expectedScreens.forEach((name, text) -> assertEquals(text, screens.get(name), name));
        Map<String, String> templates = new TreeMap<>(generated.opi().orElseThrow().runtimeTemplates());
        Map<String, String> expectedTemplates = read(runtimeGolden, ".pvi.template");
        assertEquals(new TreeSet<>(expectedTemplates.keySet()), new TreeSet<>(templates.keySet()), "pvi template set");
        expectedTemplates.forEach((name, text) -> assertEquals(text, templates.get(name), name));
    }

    private static Map<String, String> read(Path dir, String suffix) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(suffix)).toList()) {
                files.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return files;
    }
}
