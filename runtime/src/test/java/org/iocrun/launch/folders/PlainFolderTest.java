package org.iocrun.launch.folders;

import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A developer's output folder: plain files, and only the files iocrun wrote there are ever replaced or removed. */
class PlainFolderTest {

    @TempDir
    Path root;

    static final PlainFolder.Rules NO_FORCE = new PlainFolder.Rules(false, List.of());

    void render(Path dir, PlainFolder.Rules rules, String... nameThenText) throws Exception {
        try (PlainFolder out = PlainFolder.open(dir, rules)) {
            for (int i = 0; i < nameThenText.length; i += 2) {
                out.write(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
            }
            out.commit();
        }
    }

    @Test
    void writesRegularFilesAndListsThemInTheManifest() throws Exception {
        Path out = root.resolve("out");
        render(out, NO_FORCE, "st.cmd", "script", "opi/index.bob", "bob");
        assertEquals(List.of(".iocrun-manifest", "opi", "st.cmd"), names(out));
        assertTrue(Files.isRegularFile(out.resolve("st.cmd"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "a plain file, not a link");
        assertEquals("bob", Files.readString(out.resolve("opi/index.bob")));
        assertEquals(List.of("opi/index.bob", "st.cmd"), Manifest.readFrom(out).orElseThrow().files().stream().toList());
    }

    @Test
    void aSecondRenderReplacesAndRemovesOnlyItsOwnFiles() throws Exception {
        Path out = root.resolve("out");
        render(out, NO_FORCE, "st.cmd", "v1", "ioc.db", "db1", "opi/a.bob", "a");
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("opi/mine.bob"), "mine");
        render(out, NO_FORCE, "st.cmd", "v2");
        assertEquals(List.of(".iocrun-manifest", "notes.txt", "opi", "st.cmd"), names(out));
        assertEquals("v2", Files.readString(out.resolve("st.cmd")));
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals(List.of("mine.bob"), names(out.resolve("opi")), "the user's file kept its folder");
        render(out, NO_FORCE, "st.cmd", "v3");
        assertTrue(Files.exists(out.resolve("opi/mine.bob")));
    }

    @Test
    void aFolderOfOwnFilesIsRemovedWhenItEmpties() throws Exception {
        Path out = root.resolve("out");
        render(out, NO_FORCE, "st.cmd", "v1", "opi/a.bob", "a");
        render(out, NO_FORCE, "st.cmd", "v2");
        assertEquals(List.of(".iocrun-manifest", "st.cmd"), names(out));
    }

    /** Each case: what the folder holds before; the render is refused and nothing in it changes. */
    @Test
    void aFolderIocrunDidNotRenderIsRefusedUntouched() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("notes.txt", "a file of someone else");
        cases.put("st.cmd", "a hand-written st.cmd");
        cases.put(".hidden", "a hidden file");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path out = Files.createDirectories(root.resolve("case-" + c.getKey()));
            Files.writeString(out.resolve(c.getKey()), c.getValue());
            UserError e = assertThrows(UserError.class, () -> render(out, NO_FORCE, "st.cmd", "new"), c.getKey());
            assertTrue(e.getMessage().contains("refusing to write into a folder iocrun did not render: it holds " + c.getKey()),
                    e.getMessage());
            assertTrue(e.problems().getFirst().hint().contains("--force"), e.problems().getFirst().hint());
            assertEquals(List.of(c.getKey()), names(out), c.getKey());
            assertEquals(c.getValue(), Files.readString(out.resolve(c.getKey())));
        }
    }

    @Test
    void forceWritesBesideOtherFilesAndRemovesNone() throws Exception {
        Path out = Files.createDirectories(root.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("st.cmd"), "hand-written");
        render(out, new PlainFolder.Rules(true, List.of()), "st.cmd", "generated");
        assertEquals("generated", Files.readString(out.resolve("st.cmd")), "--force replaces a file of the same name");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        render(out, NO_FORCE, "ioc.subst", "s");
        assertFalse(Files.exists(out.resolve("st.cmd")), "st.cmd was iocrun's after the forced render");
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
    }

    @Test
    void aFileIocrunDidNotWriteIsNotReplacedInARenderedFolder() throws Exception {
        Path out = root.resolve("out");
        render(out, NO_FORCE, "st.cmd", "v1");
        Files.writeString(out.resolve("ioc.db"), "hand-made");
        Files.writeString(out.resolve("opi"), "a file where the screens' folder goes");
        UserError db = assertThrows(UserError.class, () -> { throw asUserError(out, "ioc.db", "generated"); });
        assertTrue(db.getMessage().contains("ioc.db: refusing to replace a file iocrun did not write"), db.getMessage());
        UserError opi = assertThrows(UserError.class, () -> { throw asUserError(out, "opi/index.bob", "x"); });
        assertTrue(opi.getMessage().contains("opi: refusing to replace"), opi.getMessage());
        assertEquals("hand-made", Files.readString(out.resolve("ioc.db")));
        assertEquals("v1", Files.readString(out.resolve("st.cmd")), "the refused render changed nothing");
        assertEquals(List.of(".iocrun-manifest", "ioc.db", "opi", "st.cmd"), names(out));
    }

    private UserError asUserError(Path out, String name, String text) throws Exception {
        try {
            render(out, NO_FORCE, "st.cmd", "v2", name, text);
        } catch (PlainFolder.ForeignFileException e) {
            return new UserError(e.problem());
        }
        throw new AssertionError("the render was not refused");
    }

    @Test
    void theInputFolderAndTheFoldersAboveItAreRefused() throws Exception {
        Path config = Files.createDirectories(root.resolve("svc/iocs/x/config"));
        Files.writeString(config.resolve("ioc.yaml"), "ioc_name: x\n");
        PlainFolder.Rules rules = new PlainFolder.Rules(true, List.of(config));
        for (Path dir : List.of(config, config.getParent(), root.resolve("svc"), root, config.resolve("."))) {
            UserError e = assertThrows(UserError.class, () -> render(dir, rules, "st.cmd", "x"), dir.toString());
            assertTrue(e.getMessage().contains("refusing to write the output into"), e.getMessage());
        }
        render(config.resolve("out"), rules, "st.cmd", "x");
        assertEquals(List.of("ioc.yaml", "out"), names(config), "below the config folder is a folder of its own");
    }

    /** Every spelling of one folder is that folder: `.`-segments, `..` through a missing folder, a symlink. */
    @Test
    void anySpellingOfTheFolderWorks() throws Exception {
        Path out = root.resolve("out");
        render(Path.of(root + "/./out"), NO_FORCE, "st.cmd", "v1");
        render(Path.of(root + "/missing/../out"), NO_FORCE, "st.cmd", "v2");
        Path link = Files.createSymbolicLink(root.resolve("link"), out);
        render(link, NO_FORCE, "st.cmd", "v3");
        assertEquals("v3", Files.readString(out.resolve("st.cmd")));
        assertTrue(Files.isSymbolicLink(link), "the link itself stays");
        assertEquals(List.of(".iocrun-manifest", "st.cmd"), names(out));
    }

    @Test
    void anUncommittedRenderLeavesNothingBehind() throws Exception {
        Path out = root.resolve("out");
        render(out, NO_FORCE, "st.cmd", "v1");
        try (PlainFolder folder = PlainFolder.open(out, NO_FORCE)) {
            folder.write("st.cmd", "v2".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("v1", Files.readString(out.resolve("st.cmd")));
        assertEquals(List.of(".iocrun-manifest", "st.cmd"), names(out));
    }

    /**
     * What a render killed while moving files leaves: its build folder, and a manifest listing the old and the new
     * set. The next render removes the build folder and every listed file it does not write again, and no other.
     */
    @Test
    void aKilledRendersLeftoversAreCleanedUpByTheNext() throws Exception {
        Path out = root.resolve("out");
        render(out, NO_FORCE, "st.cmd", "v1", "old.db", "old");
        Files.createDirectories(out.resolve(".iocrun-build-dead/opi"));
        Files.writeString(out.resolve(".iocrun-build-dead/opi/index.bob"), "half");
        Files.writeString(out.resolve("new.db"), "moved in before the kill");
        Manifest.of(List.of("st.cmd", "old.db", "new.db")).writeTo(out, ".iocrun-build-manifest");
        Files.writeString(out.resolve("notes.txt"), "mine");
        render(out, NO_FORCE, "st.cmd", "v2");
        assertEquals(List.of(".iocrun-manifest", "notes.txt", "st.cmd"), names(out));
    }

    /** An older iocrun rendered through set folders and links: such a folder is iocrun's and becomes plain files. */
    @Test
    void anOlderRendersLinksAndSetFoldersAreReplaced() throws Exception {
        Path out = root.resolve("out");
        Map<String, byte[]> old = new LinkedHashMap<>();
        old.put("st.cmd", "old".getBytes(StandardCharsets.UTF_8));
        old.put("opi/index.bob", "old".getBytes(StandardCharsets.UTF_8));
        OutputDirectory.replaceContents(out, old);
        render(out, NO_FORCE, "st.cmd", "new", "opi/index.bob", "new bob");
        assertEquals(List.of(".iocrun-manifest", "opi", "st.cmd"), names(out));
        assertFalse(Files.isSymbolicLink(out.resolve("opi")));
        assertEquals("new bob", Files.readString(out.resolve("opi/index.bob")));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
