package org.iocrun.outputs.opi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Replaces the contents of the OPI folder ({@code /epics/opi}, served to operators by the beamline's OPI web
 * server) with a new set of screens, never removing the folder itself because it is usually a mount point.
 *
 * <p>The new set is first written completely into a staging folder inside the OPI folder (hidden: its name
 * starts with a dot, which nginx's autoindex skips). Inside, not beside, because the OPI folder is typically a
 * volume mounted on its own: a sibling may sit on another filesystem, where a rename is not atomic. Then each
 * file is renamed over its old version, the screens first and {@code index.bob} last, and only after that are
 * the entries the new set no longer has deleted. What readers are guaranteed:
 * <ul>
 *   <li>every file they open is complete, either the old or the new version: {@code rename(2)} within one
 *       filesystem replaces a name atomically;</li>
 *   <li>the {@code index.bob} being served never links a screen that is missing: screens of the new set arrive
 *       before the new index, and screens only the old index links disappear after it is replaced;</li>
 *   <li>if building the new set fails, the folder keeps its old contents untouched.</li>
 * </ul>
 * The set as a whole is not switched atomically: while the renames run (milliseconds), a reader fetching
 * several screens may get some old and some new ones. Only replacing the folder itself, or serving it through a
 * symlink, could avoid that, and neither fits a mount point that the web server expects to hold plain files.
 */
public final class OpiPublisher {

    /** Staging folders start with this, so leftovers of an interrupted run can be recognised and removed. */
    static final String STAGING_PREFIX = ".iocrun-staging-";
    private static final String INDEX = "index.bob";

    private OpiPublisher() {
    }

    /**
     * Makes {@code files} (file name to content) the complete contents of {@code opiDir}, creating the folder if
     * needed.
     *
     * @throws IllegalArgumentException if a file name is not a plain file name
     */
    public static void publish(Path opiDir, Map<String, String> files) throws IOException {
        files.keySet().forEach(OpiPublisher::checkName);
        Files.createDirectories(opiDir);
        removeLeftoverStaging(opiDir);
        Path staging = Files.createTempDirectory(opiDir, STAGING_PREFIX);
        try {
            for (Map.Entry<String, String> e : files.entrySet()) {
                Files.writeString(staging.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            List<String> order = new ArrayList<>(files.keySet());
            if (order.remove(INDEX)) {
                order.add(INDEX);
            }
            for (String name : order) {
                moveInto(staging.resolve(name), opiDir.resolve(name));
            }
            removeAllBut(opiDir, files.keySet(), staging);
        } finally {
            deleteTree(staging);
        }
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.equals(".") || name.equals("..") || name.contains("/") || name.contains("\\")
                || name.indexOf('\0') >= 0 || name.startsWith(STAGING_PREFIX)) {
            throw new IllegalArgumentException("not a plain file name for the OPI folder: '" + name + "'");
        }
    }

    private static void moveInto(Path source, Path target) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            // rename cannot replace a folder with a file; a folder of that name is stale anyway
            deleteTree(target);
        }
        Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void removeAllBut(Path dir, java.util.Set<String> keep, Path staging) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (!keep.contains(entry.getFileName().toString()) && !entry.equals(staging)) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static void removeLeftoverStaging(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        }
    }

    /** Deletes a file, a symlink (not its target) or a folder with everything in it; absent is fine. */
    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            Files.deleteIfExists(path);
            return;
        }
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
