package org.iocrun.launch.folders;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StagedDirectoryTest {

    @TempDir
    Path root;

    @Test
    void replacesAllContentsButKeepsTheDirectoryItself() throws IOException {
        Path out = root.resolve("runtime");
        Files.createDirectories(out.resolve("db"));
        Files.writeString(out.resolve("stale.txt"), "old");
        Files.writeString(out.resolve("db/old.db"), "old");
        Object key = Files.readAttributes(out, BasicFileAttributes.class).fileKey();

        OutputDirectory.replaceContents(out, files("st.cmd", "new script", "db/x.db", "record"));

        assertEquals(List.of("db", "st.cmd"), names(out));
        assertEquals(List.of("x.db"), names(out.resolve("db")));
        assertEquals("new script", Files.readString(out.resolve("st.cmd")));
        assertEquals(key, Files.readAttributes(out, BasicFileAttributes.class).fileKey(), "the mount point was replaced");
    }

    @Test
    void aFailedWriteLeavesThePreviousContentsUntouched() throws IOException {
        Path out = root.resolve("runtime");
        OutputDirectory.replaceContents(out, files("st.cmd", "v1", "ioc.subst", "s1"));
        Map<String, byte[]> bad = files("st.cmd", "v2", "../escape.txt", "x");
        assertThrows(IOException.class, () -> OutputDirectory.replaceContents(out, bad));
        assertEquals(List.of("ioc.subst", "st.cmd"), names(out));
        assertEquals("v1", Files.readString(out.resolve("st.cmd")));
        assertFalse(Files.exists(root.resolve("escape.txt")));
    }

    @Test
    void closingWithoutCommitDiscardsTheStagedFiles() throws IOException {
        Path out = root.resolve("opi");
        OutputDirectory.replaceContents(out, files("index.bob", "v1"));
        try (StagedDirectory staged = StagedDirectory.open(out)) {
            staged.write("index.bob", "v2".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("index.bob"), names(out));
        assertEquals("v1", Files.readString(out.resolve("index.bob")));
    }

    @Test
    void leftoversOfAKilledRunAreRemoved() throws IOException {
        Path out = root.resolve("runtime");
        OutputDirectory.replaceContents(out, files("st.cmd", "v1"));
        Files.createDirectories(out.resolve(StagedDirectory.SET_PREFIX + "dead/sub"));
        Files.createSymbolicLink(out.resolve(StagedDirectory.TEMP_LINK_PREFIX + "dead"), Path.of("nowhere"));
        Files.createSymbolicLink(out.resolve("new.db"), Path.of(StagedDirectory.CURRENT, "new.db"));
        try (StagedDirectory next = StagedDirectory.open(out)) {
            assertEquals(List.of(StagedDirectory.CURRENT, next.path().getFileName().toString(),
                    currentSetName(out), "st.cmd").stream().sorted().toList(), allNames(out));
        }
        assertEquals("v1", Files.readString(out.resolve("st.cmd")));
    }

    /** A folder written by ibek or an older iocrun holds plain entries: they keep resolving until the switch. */
    @Test
    void plainEntriesAreFoldedInWithoutChangingWhatTheyResolveTo() throws IOException {
        Path out = root.resolve("runtime");
        Files.createDirectories(out.resolve("protocol"));
        Files.writeString(out.resolve("protocol/a.proto"), "old proto");
        Files.writeString(out.resolve("st.cmd"), "old script");
        try (StagedDirectory staged = StagedDirectory.open(out)) {
            staged.write("protocol", "now a file".getBytes(StandardCharsets.UTF_8));
            staged.write("ioc.db", "records".getBytes(StandardCharsets.UTF_8));
            staged.commit();
        }
        assertEquals(List.of("ioc.db", "protocol"), names(out));
        assertEquals("now a file", Files.readString(out.resolve("protocol")));
        assertTrue(Files.isSymbolicLink(out.resolve("ioc.db")), "entries are links through .iocrun-current");
        assertEquals(List.of(StagedDirectory.CURRENT, currentSetName(out), "ioc.db", "protocol"), allNames(out));
    }

    /** The state a kill between linking the new names and the switch leaves: the old set, unchanged. */
    @Test
    void aKillBeforeTheSwitchLeavesTheOldSetResolvable() throws IOException {
        Path out = root.resolve("opi");
        OutputDirectory.replaceContents(out, files("index.bob", "v1", "a.bob", "a1"));
        Path unfinished = Files.createDirectories(out.resolve(StagedDirectory.SET_PREFIX + "killed"));
        Files.writeString(unfinished.resolve("b.bob"), "b2");
        Files.createSymbolicLink(out.resolve("b.bob"), Path.of(StagedDirectory.CURRENT, "b.bob"));
        assertEquals(List.of("a.bob", "b.bob", "index.bob"), names(out));
        assertFalse(Files.exists(out.resolve("b.bob")), "a name of the unfinished set does not resolve");
        assertEquals("a1", Files.readString(out.resolve("a.bob")));
        OutputDirectory.replaceContents(out, files("index.bob", "v3"));
        assertEquals(List.of("index.bob"), names(out));
        assertEquals("v3", Files.readString(out.resolve("index.bob")));
        assertEquals(2, allNames(out).stream().filter(n -> n.startsWith(StagedDirectory.HIDDEN_PREFIX)).count());
    }

    private static String currentSetName(Path dir) throws IOException {
        return Files.readSymbolicLink(dir.resolve(StagedDirectory.CURRENT)).toString();
    }

    private static List<String> allNames(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Map<String, byte[]> files(String... pairs) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            files.put(pairs[i], pairs[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(StagedDirectory.HIDDEN_PREFIX))
                    .sorted().toList();
        }
    }
}
