package org.iocrun.launch;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A unified diff of two runtime folders, file by file in name order, as {@code diff -ruN a/ b/} prints it (a file
 * on one side only is diffed against {@code /dev/null}), so it reads like any patch and applies with
 * {@code patch -p1}. Entries that are iocrun's bookkeeping ({@code .iocrun-*}: the manifest, a volume's set folders)
 * are not content; links are followed, so a copy of a running IOC's {@code /epics/runtime} compares by what it shows.
 */
public final class FolderDiff {

    /** Lines of context around each change, as diff -u. */
    private static final int CONTEXT = 3;

    private FolderDiff() {
    }

    /**
     * @param before the folder as it is ({@code a/})
     * @param after  the new render ({@code b/})
     * @param skipScreens leave {@code opi/} out (the folder compared with holds no screens)
     * @return the diff's lines; empty when the folders hold the same files
     */
    public static List<String> unified(Path before, Path after, boolean skipScreens) throws IOException {
        Map<String, Path> a = files(before, skipScreens);
        Map<String, Path> b = files(after, skipScreens);
        List<String> lines = new ArrayList<>();
        for (String name : new TreeSet<>(union(a, b))) {
            List<String> old = lines(a.get(name));
            List<String> now = lines(b.get(name));
            Patch<String> patch = DiffUtils.diff(old, now);
            if (patch.getDeltas().isEmpty()) {
                continue;
            }
            lines.addAll(UnifiedDiffUtils.generateUnifiedDiff(a.containsKey(name) ? "a/" + name : "/dev/null",
                    b.containsKey(name) ? "b/" + name : "/dev/null", old, patch, CONTEXT));
        }
        return lines;
    }

    private static TreeSet<String> union(Map<String, Path> a, Map<String, Path> b) {
        TreeSet<String> names = new TreeSet<>(a.keySet());
        names.addAll(b.keySet());
        return names;
    }

    private static List<String> lines(Path file) throws IOException {
        if (file == null) {
            return List.of();
        }
        // decoded leniently: a database with a stray non-UTF-8 byte still diffs line by line
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }

    private static Map<String, Path> files(Path root, boolean skipScreens) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                boolean bookkeeping = name.startsWith(".iocrun-") || name.contains("/.iocrun-");
                if (!bookkeeping && !(skipScreens && name.startsWith("opi/"))) {
                    files.put(name, p);
                }
            }
        }
        return files;
    }
}
