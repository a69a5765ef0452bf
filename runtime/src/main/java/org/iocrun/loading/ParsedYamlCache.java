package org.iocrun.loading;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Parsed YAML trees of definition files kept on disk by the content of the file, so that the support and pvi
 * device files baked into a Generic IOC image are parsed once (when the image is built) instead of at every
 * container start: a cold JVM spent a third of a start scanning YAML, and decoding a stored tree costs a small
 * fraction of that. Instance files, which differ per start, are not stored.
 *
 * <p>Only files that loaded without error are stored, so every error message comes from a real parse. An entry
 * is named by the file's length and two checksums and begins with the iocrun build that wrote it; an entry of
 * another build, or one that does not decode, is a miss. The cache only ever saves time: when its folder
 * cannot be read or written (a read-only image), loading goes on without it.
 */
public final class ParsedYamlCache {

    /** The environment variable naming the cache folder, or {@value #OFF} for none. */
    public static final String VARIABLE = "IOCRUN_CACHE";
    public static final String OFF = "off";
    /** Bumped when the encoded form changes. */
    private static final String FORMAT = "iocrun-yaml-tree 1";

    private final Path directory;
    private final byte[] header;

    /**
     * @param build  identifies the iocrun build, whose YAML reading the entries reflect
     * @param limits the limits the stored trees were loaded under, part of each entry's identity too
     */
    public ParsedYamlCache(Path directory, String build, YamlLimits limits) {
        this.directory = directory;
        this.header = (FORMAT + " " + build + " " + limits + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The cache the environment asks for: {@code IOCRUN_CACHE} (a folder, or {@code off}), else the user's cache
     * folder ({@code $XDG_CACHE_HOME/iocrun}, {@code ~/.cache/iocrun}), else none. Without a folder named, only
     * a jar build caches: classes compiled in place change without a trace a cache could key on.
     */
    public static Optional<ParsedYamlCache> fromEnvironment(Map<String, String> env) {
        String chosen = env.get(VARIABLE);
        Optional<String> build = thisBuild();
        if (OFF.equals(chosen) || build.isEmpty() && (chosen == null || chosen.isEmpty())) {
            return Optional.empty();
        }
        Path base;
        if (chosen != null && !chosen.isEmpty()) {
            base = Path.of(chosen);
        } else if (env.get("XDG_CACHE_HOME") != null && !env.get("XDG_CACHE_HOME").isEmpty()) {
            base = Path.of(env.get("XDG_CACHE_HOME"), "iocrun");
        } else if (env.get("HOME") != null && !env.get("HOME").isEmpty()) {
            base = Path.of(env.get("HOME"), ".cache", "iocrun");
        } else {
            return Optional.empty();
        }
        return Optional.of(new ParsedYamlCache(base.resolve("yaml"), build.orElse("classes"), YamlLimits.DEFAULT));
    }

    /** The stored tree of a file with these bytes, its positions in {@code file}, if there is one. */
    Optional<YNode> lookup(byte[] content, Path file) {
        byte[] stored;
        try {
            stored = Files.readAllBytes(entry(content));
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
        if (stored.length < header.length
                || !Arrays.equals(stored, 0, header.length, header, 0, header.length)) {
            return Optional.empty();
        }
        try {
            return Optional.of(YNodeCodec.decode(stored, header.length, file));
        } catch (IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** Stores the tree parsed from {@code content}; a folder that cannot be written is passed over. */
    void store(byte[] content, YNode root, Path file) {
        byte[] encoded = YNodeCodec.encode(root, file);
        if (encoded == null) {
            return;
        }
        Path entry = entry(content);
        Path partial = entry.resolveSibling(entry.getFileName() + "." + ThreadLocalRandom.current().nextLong(1L << 48));
        try {
            Files.createDirectories(directory);
            byte[] bytes = Arrays.copyOf(header, header.length + encoded.length);
            System.arraycopy(encoded, 0, bytes, header.length, encoded.length);
            Files.write(partial, bytes);
            // readers see the old entry or the whole new one, never a part
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException | SecurityException ignored) {
                // nothing was written
            }
        }
    }

    private Path entry(byte[] content) {
        CRC32 crc32 = new CRC32();
        crc32.update(content);
        CRC32C crc32c = new CRC32C();
        crc32c.update(content);
        return directory.resolve(Long.toHexString(crc32.getValue()) + "-" + Long.toHexString(crc32c.getValue()) + "-"
                + Integer.toHexString(content.length) + ".tree");
    }

    /**
     * Identifies the running iocrun build by the size and time of its jar, so a rebuilt jar (whose YAML reading
     * may have changed) ignores the old one's entries; empty when not running from a jar.
     */
    static Optional<String> thisBuild() {
        try {
            CodeSource source = ParsedYamlCache.class.getProtectionDomain().getCodeSource();
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
