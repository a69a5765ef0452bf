package org.iocrun.launch.folders;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Replaces the contents of an output directory with a file set in one step (see {@link StagedDirectory}): how the
 * tests set up a folder an earlier run published. The commands themselves write through the launcher.
 */
public final class OutputDirectory {

    private OutputDirectory() {
    }

    /**
     * @param files relative path (may contain '/') to content; every other entry of {@code dir} is removed
     */
    public static void replaceContents(Path dir, Map<String, byte[]> files) throws IOException {
        try (StagedDirectory staged = StagedDirectory.open(dir)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                staged.write(f.getKey(), f.getValue());
            }
            staged.commit();
        }
    }
}
