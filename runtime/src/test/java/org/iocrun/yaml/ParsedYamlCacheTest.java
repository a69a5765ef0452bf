package org.iocrun.yaml;

import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The on-disk cache of parsed YAML trees: exact trees back, and every doubt a miss that parses again. */
class ParsedYamlCacheTest {

    private static final YamlLoader PARSER = new YamlLoader();

    @TempDir
    Path temp;

    static Stream<Path> corpusYaml() throws IOException {
        return CorpusLoadingTest.yamlFiles();
    }

    /** Every corpus file's tree survives encoding: values, their types, texts, quoting and positions. */
    @ParameterizedTest
    @MethodSource("corpusYaml")
    void theCodecGivesBackTheSameTree(Path file) throws UserError {
        YNode parsed = PARSER.load(file).orElseThrow();
        byte[] encoded = YNodeCodec.encode(parsed, file);
        assertEquals(parsed, YNodeCodec.decode(encoded, 0, file));
    }

    @Test
    void scalarsOfEveryTypeAndSharedAliasesSurvive() throws Exception {
        Path file = write("all.yaml", """
                base: &b {x: 1, y: [a, "b"]}
                one: *b
                two: *b
                types: [~, true, False, -7, 123456789012345678901234567890, 1.5, -0.0, .nan, -.inf, 2024-01-01,
                        2024-01-01 10:00:00, 2024-01-01T10:00:00.5+02:00, 'quoted', "tab\\there", 1_000, é€😀]
                block: |
                  two
                  lines
                """);
        YNode parsed = PARSER.load(file).orElseThrow();
        YMap decoded = (YMap) YNodeCodec.decode(YNodeCodec.encode(parsed, file), 0, file);
        assertEquals(parsed, decoded);
        assertSame(decoded.get("one").orElseThrow(), decoded.get("two").orElseThrow(),
                "an alias's subtree stays shared, not copied");
    }

    @Test
    void aTreeWithNodesOfAnotherFileIsNotEncoded() throws Exception {
        Path file = write("a.yaml", "a: 1\n");
        YNode parsed = PARSER.load(file).orElseThrow();
        assertNull(YNodeCodec.encode(parsed, temp.resolve("other.yaml")));
    }

    @Test
    void damagedBytesAreRefusedNotMisread() throws Exception {
        Path file = write("a.yaml", "a: [1, 2, {b: c}]\nd: text\n");
        byte[] encoded = YNodeCodec.encode(PARSER.load(file).orElseThrow(), file);
        for (int cut = 0; cut < encoded.length; cut++) {
            byte[] truncated = java.util.Arrays.copyOf(encoded, cut);
            assertThrows(IllegalArgumentException.class, () -> YNodeCodec.decode(truncated, 0, file), "cut at " + cut);
        }
        byte[] huge = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x07};
        assertThrows(IllegalArgumentException.class, () -> YNodeCodec.decode(huge, 0, file));
    }

    @Test
    void aLoadedFileIsStoredAndTakenFromTheCacheTheNextTime() throws Exception {
        Path file = write("a.yaml", "a: 1\n");
        ParsedYamlCache cache = cache("build-1");
        YamlLoader loader = new YamlLoader(Optional.of(cache));
        YNode first = loader.loadDefinition(file).orElseThrow();
        assertEquals(1, entries().size());

        // plant another tree under the same content: the loader must return it, proving it read the cache
        Path twin = write("twin.yaml", "b: 2\n");
        YNode planted = PARSER.load(twin).orElseThrow();
        Files.write(entries().getFirst(), withHeader(YNodeCodec.encode(planted, twin)));
        YNode second = loader.loadDefinition(file).orElseThrow();
        assertEquals(List.of("b"), keys(second));
        assertEquals(file, second.position().file(), "positions name the file being loaded");
        assertEquals(List.of("a"), keys(first));
    }

    @Test
    void instanceFilesAreNotStored() throws Exception {
        Path file = write("ioc.yaml", "ioc_name: x\n");
        YamlLoader loader = new YamlLoader(Optional.of(cache("build-1")));
        loader.load(file);
        loader.load(file);
        assertFalse(Files.exists(temp.resolve("cache")), "load() is for instance files, which change per start");
    }

    @Test
    void changedContentIsAMissAndParsedAgain() throws Exception {
        Path file = write("a.yaml", "a: 1\n");
        YamlLoader loader = new YamlLoader(Optional.of(cache("build-1")));
        loader.loadDefinition(file);
        Files.writeString(file, "a: 2\n");
        assertEquals(2L, scalar(loader.loadDefinition(file).orElseThrow(), "a"));
        assertEquals(2, entries().size());
    }

    @Test
    void entriesOfAnotherBuildAreIgnored() throws Exception {
        Path file = write("a.yaml", "a: 1\n");
        new YamlLoader(Optional.of(cache("build-1"))).loadDefinition(file);
        Path entry = entries().getFirst();
        Path twin = write("twin.yaml", "b: 2\n");
        Files.write(entry, withHeader(YNodeCodec.encode(PARSER.load(twin).orElseThrow(), twin)));

        assertEquals(List.of("a"), keys(new YamlLoader(Optional.of(cache("build-2"))).loadDefinition(file).orElseThrow()));
    }

    @Test
    void aDamagedEntryIsAMissAndIsReplaced() throws Exception {
        Path file = write("a.yaml", "a: [1, 2]\n");
        YamlLoader loader = new YamlLoader(Optional.of(cache("build-1")));
        YNode parsed = loader.loadDefinition(file).orElseThrow();
        Path entry = entries().getFirst();
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length - 3));

        assertEquals(parsed, loader.loadDefinition(file).orElseThrow());
        assertEquals(parsed, loader.loadDefinition(file).orElseThrow());
        assertEquals(bytes.length, Files.size(entry), "the parse stored a whole entry again");
    }

    @Test
    void badFilesAreNeverStoredSoErrorsComeFromARealParse() throws Exception {
        Path file = write("bad.yaml", "a: 1\na: 2\n");
        YamlLoader loader = new YamlLoader(Optional.of(cache("build-1")));
        UserError first = assertThrows(UserError.class, () -> loader.loadDefinition(file));
        UserError second = assertThrows(UserError.class, () -> loader.loadDefinition(file));
        assertEquals(first.problems(), second.problems());
        assertFalse(Files.exists(temp.resolve("cache")), "nothing stored for a bad file");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTheCache() throws Exception {
        Path file = write("a.yaml", "a: 1\n");
        Path blocked = write("not-a-folder", "a file where the cache folder should be");
        YamlLoader loader = new YamlLoader(Optional.of(new ParsedYamlCache(blocked.resolve("yaml"), "b", YamlLimits.DEFAULT)));
        assertEquals(1L, scalar(loader.loadDefinition(file).orElseThrow(), "a"));
        assertEquals(1L, scalar(loader.loadDefinition(file).orElseThrow(), "a"));
    }

    @Test
    void theEnvironmentChoosesTheFolder() {
        assertTrue(CacheFolder.fromEnvironment(Map.of("IOCRUN_CACHE", "off", "HOME", "/home/u")).isEmpty());
        assertTrue(CacheFolder.fromEnvironment(Map.of("IOCRUN_CACHE", "/cache")).isPresent());
        // the test classes do not run from a jar: only a folder named outright is used
        assertTrue(CacheFolder.thisBuild().isEmpty());
        assertTrue(CacheFolder.fromEnvironment(Map.of("HOME", "/home/u")).isEmpty());
        assertTrue(CacheFolder.fromEnvironment(Map.of()).isEmpty());
    }

    private ParsedYamlCache cache(String build) {
        return new ParsedYamlCache(temp.resolve("cache"), build, YamlLimits.DEFAULT);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache"))) {
            return files.sorted().toList();
        }
    }

    /** Entry bytes for {@code tree}: the header of the entry in the cache folder, then the tree. */
    private byte[] withHeader(byte[] tree) throws IOException {
        byte[] written = Files.readAllBytes(entries().getFirst());
        int headerEnd = new String(written, StandardCharsets.ISO_8859_1).indexOf('\n') + 1;
        byte[] out = java.util.Arrays.copyOf(written, headerEnd + tree.length);
        System.arraycopy(tree, 0, out, headerEnd, tree.length);
        return out;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(temp.resolve(name), text);
    }

    private static List<String> keys(YNode node) {
        return ((YMap) node).entries().stream().map(YEntry::keyText).toList();
    }

    private static Object scalar(YNode node, String key) {
        return ((YNode.YScalar) ((YMap) node).get(key).orElseThrow()).value();
    }
}
