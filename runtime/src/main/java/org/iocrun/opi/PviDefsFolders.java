package org.iocrun.opi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The folders pvi device files are looked up in, in order: each given folder (an image's flat pvi-defs, or a
 * support tree as it is checked out), then the folders below it that hold {@code *.pvi.device.yaml} files, sorted
 * by path. The first folder that has the file wins, so the order given on the command line decides.
 */
final class PviDefsFolders {

    private static final String DEVICE_SUFFIX = ".pvi.device.yaml";

    private PviDefsFolders() {
    }

    static List<Path> searchOrder(List<Path> given) {
        Set<Path> order = new LinkedHashSet<>();
        for (Path folder : given) {
            order.add(folder);
            order.addAll(deviceFoldersBelow(folder));
        }
        return List.copyOf(order);
    }

    private static List<Path> deviceFoldersBelow(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(DEVICE_SUFFIX))
                    .map(Path::getParent).filter(p -> !p.equals(folder)).distinct().sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            // a subtree that cannot be read is not searched; a file missing because of it is reported as missing
            return List.of();
        }
    }
}
