package org.iocrun.substitution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where msi looks for templates and included files: each directory in order, first match wins. A name containing
 * '/' (or any name when there are no directories) is opened as it is, relative to the working directory.
 *
 * @param directories as given to msi, in order (a directory is joined to a name with '/' as msi does)
 */
public record IncludePath(List<String> directories) {

    public IncludePath {
        directories = List.copyOf(directories);
    }

    public static IncludePath of(List<Path> directories) {
        return new IncludePath(directories.stream().map(Path::toString).toList());
    }

    /**
     * The directories of msi's {@code -I} arguments: each may be a ':'-separated list in which an empty element
     * means the current directory (inputAddPath in msi.cpp).
     */
    public static IncludePath fromArguments(List<String> arguments) {
        List<String> directories = new ArrayList<>();
        for (String argument : arguments) {
            splitInto(argument, directories);
        }
        return new IncludePath(directories);
    }

    /**
     * start.sh's include path for expanding ioc.subst: the instance's config directory, then every
     * {@code <support>/<module>/db} in sorted order, then the runtime directory (which holds generated templates).
     */
    public static IncludePath forIoc(Path configDir, Path supportDir, Path runtimeDir) throws IOException {
        List<Path> directories = new ArrayList<>();
        directories.add(configDir);
        if (Files.isDirectory(supportDir)) {
            try (Stream<Path> modules = Files.list(supportDir)) {
                modules.map(m -> m.resolve("db"))
                        .filter(Files::exists)
                        .sorted((a, b) -> a.getParent().getFileName().toString()
                                .compareTo(b.getParent().getFileName().toString()))
                        .forEach(directories::add);
            }
        }
        directories.add(runtimeDir);
        return of(directories);
    }

    /** msi's name for {@code name} (directory joined with '/'), and the file it denotes; empty if none exists. */
    public Optional<Found> find(String name, Path workingDirectory) {
        if (directories.isEmpty() || name.contains("/")) {
            return existing(name, workingDirectory);
        }
        for (String directory : directories) {
            Optional<Found> found = existing(directory + "/" + name, workingDirectory);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** What {@link #find} tried, for messages. */
    public String describeSearch(String name) {
        if (directories.isEmpty() || name.contains("/")) {
            return "opened as given, relative to the working directory";
        }
        return "searched " + String.join(", ", directories);
    }

    /** A file found on the path: msi's name for it and where it is. */
    public record Found(String name, Path path) {
    }

    private static Optional<Found> existing(String name, Path workingDirectory) {
        Path path;
        try {
            path = workingDirectory.resolve(name);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        // fopen(..., "r") succeeds for any readable file, directories included
        return Files.isReadable(path) ? Optional.of(new Found(name, path)) : Optional.empty();
    }

    private static void splitInto(String argument, List<String> directories) {
        int p = 0;
        int n = argument.length();
        while (p < n) {
            boolean empty = argument.charAt(p) == ':';
            if (empty) {
                p++;
            } else {
                int colon = argument.indexOf(':', p);
                int end = colon < 0 ? n : colon;
                directories.add(argument.substring(p, end));
                if (colon < 0) {
                    p = n;
                } else {
                    p = colon;
                    if (p + 1 < n) {
                        p++;
                    }
                }
                continue;
            }
            directories.add(".");
        }
    }
}
