package org.iocrun.launch;

import org.iocrun.yaml.CacheFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A name for what a searched folder holds: its visible entry names, sorted. A start that found a file by searching
 * (a support file by glob, a template on the include path, a pvi device file) depends on the files it did not find
 * too: a new file earlier in the search would now win. Hidden names are left out: a ConfigMap volume's
 * {@code ..2026_...} folder is new in every pod, and no search of iocrun's looks at hidden files.
 */
public final class FolderListing {

    /** The listing name of a folder that does not exist. */
    public static final String ABSENT = "absent";

    private FolderListing() {
    }

    public static String of(Path dir) {
        if (!Files.isDirectory(dir)) {
            return ABSENT;
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.startsWith(".")) {
                    names.add(name);
                }
            }
        } catch (IOException | SecurityException unreadable) {
            return "unreadable";
        }
        names.sort(null);
        return CacheFolder.contentName(String.join("\n", names).getBytes(StandardCharsets.UTF_8));
    }
}
