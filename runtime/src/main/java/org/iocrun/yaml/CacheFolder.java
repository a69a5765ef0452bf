package org.iocrun.yaml;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.CodeSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * One kind of iocrun's on-disk cache (parsed YAML trees, prepared pvi devices): entries named by what they were
 * made from, each beginning with a header that names the iocrun build and the entry format, so that an entry of
 * another build or format is a miss. The cache only ever saves time: an entry that cannot be read is a miss, one
 * that cannot be written is skipped, and readers see the old entry or the whole new one, never a part.
 *
 * @param directory the folder of this kind's entries
 * @param build     identifies the iocrun build whose code made the entries
 */
public record CacheFolder(Path directory, String build) {

    /** The environment variable naming the cache folder, or {@value #OFF} for none. */
    public static final String VARIABLE = "IOCRUN_CACHE";
    public static final String OFF = "off";

    /** Marks a file being written; the entry's name comes before it. */
    static final String PARTIAL = ".partial-";
    /** How old a partial file must be to count as left behind by a killed writer. */
    static final Duration STALE_PARTIAL = Duration.ofHours(1);

    /**
     * The cache the environment asks for: {@code IOCRUN_CACHE} (a folder, or {@code off}), else the user's cache
     * folder ({@code $XDG_CACHE_HOME/iocrun}, {@code ~/.cache/iocrun}), else none. Without a folder named, only a
     * jar build caches: classes compiled in place change without a trace a cache could key on. Each kind of entry
     * has a folder of its own in it ({@link #kind}).
     */
    public static Optional<CacheFolder> fromEnvironment(Map<String, String> env) {
        String chosen = env.get(VARIABLE);
        Optional<String> build = thisBuild();
        if (OFF.equals(chosen) || build.isEmpty() && isEmpty(chosen)) {
            return Optional.empty();
        }
        Path base;
        if (!isEmpty(chosen)) {
            base = Path.of(chosen);
        } else if (!isEmpty(env.get("XDG_CACHE_HOME"))) {
            base = Path.of(env.get("XDG_CACHE_HOME"), "iocrun");
        } else if (!isEmpty(env.get("HOME"))) {
            base = Path.of(env.get("HOME"), ".cache", "iocrun");
        } else {
            return Optional.empty();
        }
        return Optional.of(new CacheFolder(base, build.orElse("classes")));
    }

    /** The folder of one kind of entry, in this one. */
    public CacheFolder kind(String kind) {
        return new CacheFolder(directory.resolve(kind), build);
    }

    private static boolean isEmpty(String value) {
        return value == null || value.isEmpty();
    }

    /** The header line of an entry in {@code format}, which also names this build and what else it depends on. */
    public byte[] header(String format, String dependsOn) {
        return (format + " " + build + " " + dependsOn + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The bytes of entry {@code name} if it exists and begins with {@code header}; what was stored starts at
     * {@code header.length} (not copied out: entries of drawn screens run to hundreds of kB).
     */
    public Optional<byte[]> read(String name, byte[] header) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(directory.resolve(name));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        if (stored.length < header.length || !Arrays.equals(stored, 0, header.length, header, 0, header.length)) {
            return Optional.empty();
        }
        return Optional.of(stored);
    }

    /**
     * Writes entry {@code name} as {@code header} then {@code body}; a folder that cannot be written is passed over.
     * Then removes what killed writers left: partial files older than {@link #STALE_PARTIAL} (a live writer's
     * partial is seconds old at most). Writes happen on misses only, so the scan is rare.
     */
    public void write(String name, byte[] header, byte[] body) {
        Path entry = directory.resolve(name);
        Path partial = entry.resolveSibling(name + PARTIAL + ThreadLocalRandom.current().nextLong(1L << 48));
        try {
            Files.createDirectories(directory);
            byte[] bytes = Arrays.copyOf(header, header.length + body.length);
            System.arraycopy(body, 0, bytes, header.length, body.length);
            Files.write(partial, bytes);
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            removeStalePartials();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException | SecurityException ignored) {
                // nothing was written
            }
        }
    }

    private void removeStalePartials() throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE_PARTIAL));
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(directory, "*" + PARTIAL + "*")) {
            for (Path p : partials) {
                try {
                    if (Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).compareTo(cutoff) < 0) {
                        Files.deleteIfExists(p);
                    }
                } catch (IOException gone) {
                    // another writer removed or finished it
                }
            }
        }
    }

    /** A name for content: its length and two checksums, so that distinct files practically never share one. */
    public static String contentName(byte[] content) {
        CRC32 crc32 = new CRC32();
        crc32.update(content);
        CRC32C crc32c = new CRC32C();
        crc32c.update(content);
        return Long.toHexString(crc32.getValue()) + "-" + Long.toHexString(crc32c.getValue()) + "-"
                + Integer.toHexString(content.length);
    }

    /**
     * Identifies the running iocrun build by the size and time of its jar, so a rebuilt jar (whose code may have
     * changed) ignores the old one's entries; empty when not running from a jar.
     */
    public static Optional<String> thisBuild() {
        try {
            CodeSource source = CacheFolder.class.getProtectionDomain().getCodeSource();
            Path location = source == null ? null : Path.of(source.getLocation().toURI());
            if (location == null || !Files.isRegularFile(location)) {
                return Optional.empty();
            }
            return Optional.of(Files.size(location) + "-" + Files.getLastModifiedTime(location).toMillis());
        } catch (IOException | URISyntaxException | SecurityException | IllegalArgumentException
                 | java.nio.file.FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}
