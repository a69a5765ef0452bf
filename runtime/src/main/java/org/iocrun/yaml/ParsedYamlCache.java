package org.iocrun.yaml;

import java.nio.file.Path;
import java.util.Optional;

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

    /** Bumped when the encoded form changes. */
    private static final String FORMAT = "iocrun-yaml-tree 2";

    private final CacheFolder folder;
    private final byte[] header;

    /**
     * @param build  identifies the iocrun build, whose YAML reading the entries reflect
     * @param limits the limits the stored trees were loaded under, part of each entry's identity too
     */
    public ParsedYamlCache(Path directory, String build, YamlLimits limits) {
        this(new CacheFolder(directory, build), limits);
    }

    private ParsedYamlCache(CacheFolder folder, YamlLimits limits) {
        this.folder = folder;
        this.header = folder.header(FORMAT, describe(limits));
    }

    /** Spelt out rather than the record's toString, whose first call bootstraps ObjectMethods (~18 ms cold). */
    private static String describe(YamlLimits limits) {
        return "limits=" + limits.maxFileBytes() + "/" + limits.maxDepth() + "/" + limits.maxNodes();
    }

    /** The parsed-tree cache in {@code cache}'s {@code yaml} folder. */
    public static ParsedYamlCache in(CacheFolder cache) {
        return new ParsedYamlCache(cache.kind("yaml"), YamlLimits.DEFAULT);
    }

    /** The stored tree of a file with these bytes, its positions in {@code file}, if there is one. */
    Optional<YNode> lookup(byte[] content, Path file) {
        Optional<byte[]> stored = folder.read(entry(content), header);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(YNodeCodec.decode(stored.get(), header.length, file));
        } catch (IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** Stores the tree parsed from {@code content}; a folder that cannot be written is passed over. */
    void store(byte[] content, YNode root, Path file) {
        byte[] encoded = YNodeCodec.encode(root, file);
        if (encoded != null) {
            folder.write(entry(content), header, encoded);
        }
    }

    private static String entry(byte[] content) {
        return CacheFolder.contentName(content) + ".tree";
    }
}
