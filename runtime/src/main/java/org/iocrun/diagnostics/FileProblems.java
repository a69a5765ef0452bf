package org.iocrun.diagnostics;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

/** A file that could not be read or written, said the way every other problem is: the file first, then why. */
public final class FileProblems {

    private FileProblems() {
    }

    /** Why {@code e} happened, in words rather than the exception's class name. */
    public static String reason(IOException e) {
        return switch (e) {
            case NoSuchFileException n -> "file not found";
            case AccessDeniedException a -> "permission denied";
            case NotDirectoryException d -> "not a folder";
            case FileSystemException f when f.getReason() != null -> f.getReason();
            default -> e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        };
    }

    /** The problem of a file-system failure that names its file, at that file; empty for one that names none. */
    public static Optional<Problem> of(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return Optional.of(Problem.error(SourcePosition.unknown(Path.of(f.getFile())),
                    "cannot read or write the file: " + reason(e)));
        }
        return Optional.empty();
    }
}
