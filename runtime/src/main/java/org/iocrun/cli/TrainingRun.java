package org.iocrun.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs several iocrun command lines in one JVM, for the training run that records the AOT cache
 * ({@code -XX:AOTCacheOutput}): a cache only holds what its one training process loaded and profiled, and
 * the container's path crosses several commands (generate, then expand the substitutions).
 *
 * <p>Usage: {@code java -cp iocrun.jar org.iocrun.cli.TrainingRun CMD ARGS... [--next CMD ARGS...]...}
 */
public final class TrainingRun {

    /** Separates one command line from the next. */
    public static final String NEXT = "--next";

    private TrainingRun() {
    }

    public static void main(String[] args) {
        ProcessSettings.apply();
        System.exit(run(args));
    }

    /** Runs every command line in order and returns the first non-zero exit code, or 0. */
    public static int run(String... args) {
        int status = 0;
        for (List<String> commandLine : commandLines(args)) {
            int exit = Main.run(commandLine.toArray(String[]::new));
            status = status != 0 ? status : exit;
        }
        return status;
    }

    /** The command lines between {@value #NEXT} separators; empty ones are dropped. */
    static List<List<String>> commandLines(String... args) {
        List<List<String>> lines = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String arg : Arrays.asList(args)) {
            if (arg.equals(NEXT)) {
                addIfAny(lines, current);
                current = new ArrayList<>();
            } else {
                current.add(arg);
            }
        }
        addIfAny(lines, current);
        return lines;
    }

    private static void addIfAny(List<List<String>> lines, List<String> line) {
        if (!line.isEmpty()) {
            lines.add(List.copyOf(line));
        }
    }
}
