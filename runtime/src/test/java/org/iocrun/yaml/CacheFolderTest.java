package org.iocrun.yaml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache folder's own rules: entries read back only under their header, and killed writers' partials removed. */
class CacheFolderTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anEntryIsReadBackOnlyUnderTheHeaderItWasWrittenWith() {
        CacheFolder folder = new CacheFolder(dir, "b1");
        byte[] header = folder.header("format 1", "x");
        folder.write("e", header, bytes("body"));

        byte[] stored = folder.read("e", header).orElseThrow();
        assertArrayEquals(bytes("body"), Arrays.copyOfRange(stored, header.length, stored.length));
        assertEquals(Optional.empty(), folder.read("e", folder.header("format 2", "x")));
        assertEquals(Optional.empty(), new CacheFolder(dir, "b2").read("e", new CacheFolder(dir, "b2").header("format 1", "x")));
        assertEquals(Optional.empty(), folder.read("missing", header));
    }

    @Test
    void eachKindOfEntryHasAFolderOfItsOwnInTheOneTheEnvironmentNames() {
        CacheFolder cache = CacheFolder.fromEnvironment(java.util.Map.of("IOCRUN_CACHE", dir.toString())).orElseThrow();
        assertEquals(dir, cache.directory());
        assertEquals(dir.resolve("yaml"), cache.kind("yaml").directory());
        assertEquals(cache.build(), cache.kind("pvi").build());
    }

    /** A killed writer leaves its partial file; the next write removes it once it is old, never a fresh one. */
    @Test
    void aWriteRemovesPartialsOfKilledWritersButNotOfLiveOnes() throws Exception {
        CacheFolder folder = new CacheFolder(dir, "b1");
        Path old = Files.write(dir.resolve("a.tree" + CacheFolder.PARTIAL + "12345"), bytes("half"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(CacheFolder.STALE_PARTIAL).minusSeconds(60)));
        Path fresh = Files.write(dir.resolve("b.tree" + CacheFolder.PARTIAL + "678"), bytes("being written"));

        folder.write("c.tree", folder.header("f", ""), bytes("whole"));

        assertFalse(Files.exists(old));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(dir.resolve("c.tree")));
        try (var names = Files.list(dir)) {
            assertEquals(2, names.count());
        }
    }
}
