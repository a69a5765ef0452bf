package org.iocrun.outputs.opi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpiPublisherTest {

    @TempDir
    Path opi;

    private static Set<String> listing(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void replacesTheWholeContentsButKeepsTheFolder() throws Exception {
        Files.writeString(opi.resolve("index.bob"), "old index");
        Files.writeString(opi.resolve("old.pvi.bob"), "stale screen");
        Files.createDirectories(opi.resolve("subdir/deeper"));
        Files.writeString(opi.resolve("subdir/deeper/x.bob"), "stale");
        Files.createSymbolicLink(opi.resolve("link.bob"), opi.resolve("index.bob"));
        Files.createDirectories(opi.resolve(OpiPublisher.STAGING_PREFIX + "123"));
        Object folder = Files.readAttributes(opi, java.nio.file.attribute.BasicFileAttributes.class).fileKey();

        OpiPublisher.publish(opi, Map.of("index.bob", "new index", "cam.pvi.bob", "camera screen"));

        assertEquals(Set.of("cam.pvi.bob", "index.bob"), listing(opi));
        assertEquals("new index", Files.readString(opi.resolve("index.bob")));
        assertEquals("camera screen", Files.readString(opi.resolve("cam.pvi.bob")));
        assertEquals(folder, Files.readAttributes(opi, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    }

    @Test
    void createsAMissingFolder() throws Exception {
        Path fresh = opi.resolve("bl01t-ea-ioc-01");
        OpiPublisher.publish(fresh, Map.of("index.bob", "<display/>"));
        assertEquals(Set.of("index.bob"), listing(fresh));
    }

    @Test
    void aFolderInTheWayOfAFileIsReplaced() throws Exception {
        Files.createDirectories(opi.resolve("cam.pvi.bob/inside"));
        OpiPublisher.publish(opi, Map.of("cam.pvi.bob", "screen"));
        assertEquals("screen", Files.readString(opi.resolve("cam.pvi.bob")));
    }

    @Test
    void badFileNameLeavesTheFolderUntouched() throws Exception {
        Files.writeString(opi.resolve("index.bob"), "old index");
        for (String bad : List.of("../escape.bob", "a/b.bob", "", "..", OpiPublisher.STAGING_PREFIX + "x")) {
            assertThrows(IllegalArgumentException.class,
                    () -> OpiPublisher.publish(opi, Map.of("index.bob", "new", bad, "x")), bad);
        }
        assertEquals(Set.of("index.bob"), listing(opi));
        assertEquals("old index", Files.readString(opi.resolve("index.bob")));
    }

    /**
     * A reader polling the folder while two generations alternate only ever sees complete files: each read is
     * one generation's content, never a mix or a truncated file.
     */
    @Test
    void readersNeverSeePartialFiles() throws Exception {
        String bigA = "A".repeat(200_000);
        String bigB = "B".repeat(150_000);
        Map<String, String> genA = Map.of("index.bob", "index A", "cam.pvi.bob", bigA, "a.pvi.bob", "only in A");
        Map<String, String> genB = Map.of("index.bob", "index B", "cam.pvi.bob", bigB);
        OpiPublisher.publish(opi, genA);
        AtomicBoolean done = new AtomicBoolean();
        AtomicReference<String> bad = new AtomicReference<>();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = Thread.ofPlatform().start(() -> {
            while (!done.get() && bad.get() == null) {
                try {
                    String cam = Files.readString(opi.resolve("cam.pvi.bob"));
                    String index = Files.readString(opi.resolve("index.bob"));
                    if (!cam.equals(bigA) && !cam.equals(bigB)) {
                        bad.set("partial cam.pvi.bob of " + cam.length() + " characters");
                    } else if (!index.equals("index A") && !index.equals("index B")) {
                        bad.set("partial index.bob: '" + index + "'");
                    }
                    reads.incrementAndGet();
                } catch (NoSuchFileException e) {
                    bad.set("file missing during publish: " + e.getFile());
                } catch (Exception e) {
                    bad.set(e.toString());
                }
            }
        });
        for (int i = 0; i < 100; i++) {
            OpiPublisher.publish(opi, i % 2 == 0 ? genB : genA);
        }
        OpiPublisher.publish(opi, genB);
        done.set(true);
        reader.join();
        assertEquals(null, bad.get());
        assertTrue(reads.get() > 0, "the reader ran");
        assertEquals(Set.of("cam.pvi.bob", "index.bob"), listing(opi));
    }
}
