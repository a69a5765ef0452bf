package org.iocrun.yaml;

/**
 * Bounds on what one YAML file may cost to load, so a hostile or broken file fails fast with a clear
 * error instead of exhausting memory or the stack of whoever walks the tree.
 *
 * @param maxFileBytes the largest file (or text, in UTF-8 bytes) accepted
 * @param maxDepth     the deepest nesting of mappings and lists, counted after aliases are expanded
 * @param maxNodes     the most nodes the expanded tree may have; aliases count the full size of what they
 *                     stand for, which is what stops "billion laughs" documents
 */
public record YamlLimits(long maxFileBytes, int maxDepth, long maxNodes) {

    /**
     * Generous for real files, tight for hostile ones: the heaviest corpus file (ADCore's support YAML, 70 kB)
     * expands to about 5 000 nodes and the deepest nests 18 levels; an instance of 30 000 simple entities stays
     * below 250 000 nodes. Sized for the launcher's heap (256 MB): any file under these limits loads or fails
     * cleanly within about a second there, while 64 MB or a million nodes ran out of memory (HugeFilesTest).
     */
    public static final YamlLimits DEFAULT = new YamlLimits(8L * 1024 * 1024, 256, 250_000);

    public YamlLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("YAML limits must be positive: " + maxFileBytes + ", "
                    + maxDepth + ", " + maxNodes);
        }
        if (maxFileBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileBytes must fit in a Java array: " + maxFileBytes);
        }
    }
}
