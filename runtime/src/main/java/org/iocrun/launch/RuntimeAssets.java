package org.iocrun.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Files start.sh copies into the runtime folder besides the generated ones: the support modules' stream
 * protocols, and (ibek's {@code runtime place-files}) the instance's own protocols and database templates.
 */
public final class RuntimeAssets {

    private RuntimeAssets() {
    }

    /** {@code cp -r $SUPPORT/configure/protocol $RUNTIME_DIR}; returns the number of files copied. */
    public static int copySupportProtocols(Path support, Path runtime) throws IOException {
        Path source = support.resolve("configure/protocol");
        if (!Files.isDirectory(source)) {
            return 0;
        }
        int count = 0;
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.sorted().toList()) {
                Path target = runtime.resolve("protocol").resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * ibek's {@code runtime place-files CONFIG}: {@code *.proto}/{@code *.protocol} to {@code protocol/},
     * {@code *.db}/{@code *.template} to {@code db/}, sorted, not recursive. Returns the number of files copied.
     */
    public static int placeFiles(Path configDir, Path runtime) throws IOException {
        int count = 0;
        try (Stream<Path> list = Files.list(configDir)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                String folder = folderFor(name);
                if (folder != null) {
                    Path target = runtime.resolve(folder).resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    count++;
                }
            }
        }
        return count;
    }

    private static String folderFor(String name) {
        for (String ext : List.of(".proto", ".protocol")) {
            if (name.endsWith(ext)) {
                return "protocol";
            }
        }
        for (String ext : List.of(".db", ".template")) {
            if (name.endsWith(ext)) {
                return "db";
            }
        }
        return null;
    }
}
