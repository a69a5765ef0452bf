package org.iocrun.testing;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** What a folder shows, as relative name to text: for comparing what start and render wrote. */
public final class FolderContents {

    /** A render's folder split as start writes it: the runtime files, and the screens of its {@code opi/}. */
    public record Render(Map<String, String> runtime, Map<String, String> opi) {
    }

    private FolderContents() {
    }

    /** Every file a folder shows (links followed; the hidden .iocrun-* sets and records are not content). */
    public static Map<String, String> of(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root, FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(p).toString();
                if (!name.startsWith(".iocrun-") || name.equals(".iocrun-manifest")) {
                    files.put(name, Files.readString(p));
                }
            }
        }
        return files;
    }

    /** A render's output: {@code opi/} apart, its manifest left out. */
    public static Render ofRender(Path out) throws IOException {
        Map<String, String> runtime = new TreeMap<>();
        Map<String, String> opi = new TreeMap<>();
        of(out).forEach((name, text) -> {
            if (name.startsWith("opi/")) {
                opi.put(name.substring("opi/".length()), text);
            } else if (!name.equals(".iocrun-manifest")) {
                runtime.put(name, text);
            }
        });
        return new Render(runtime, opi);
    }
}
