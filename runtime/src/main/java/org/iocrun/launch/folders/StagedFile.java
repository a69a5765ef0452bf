package org.iocrun.launch.folders;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing one file into a folder's staging area, for both kinds of output folder: never outside it, and a failure
 * (a full disk's "No space left on device" names no file of its own) reported at the file's place in the folder
 * the user named, not at the hidden staging path.
 */
final class StagedFile {

    private StagedFile() {
    }

    /** Writes {@code staging/relative}; {@code shownIn} is the folder the file will appear in, for messages. */
    static Path write(Path staging, Path shownIn, String relative, byte[] content) throws IOException {
        Path target = staging.resolve(relative).normalize();
        if (!target.startsWith(staging) || target.equals(staging)) {
            throw new IOException("refusing to write outside the output folder: " + relative);
        }
        try {
            Path parent = target.getParent();
            if (!parent.equals(staging)) {
                Files.createDirectories(parent);
            }
            Files.write(target, content);
        } catch (FileSystemException e) {
            throw e.getFile() != null && !e.getFile().startsWith(staging.toString()) ? e
                    : new FileSystemException(shownIn.resolve(relative).toString(), null, e.getReason());
        } catch (IOException e) {
            throw new FileSystemException(shownIn.resolve(relative).toString(), null, e.getMessage());
        }
        return target;
    }
}
