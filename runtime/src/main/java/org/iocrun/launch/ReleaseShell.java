package org.iocrun.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads {@code $SUPPORT/configure/RELEASE.shell}: the {@code export NAME="value"} lines that start.sh sources so
 * the IOC sees {@code $(ADCORE)}-style support paths. Only that form is understood (it is all the support build
 * writes); other lines are ignored.
 */
public final class ReleaseShell {

    private ReleaseShell() {
    }

    public static Map<String, String> read(Path file) throws IOException {
        Map<String, String> vars = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return vars;
        }
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (!line.startsWith("export ")) {
                continue;
            }
            String assignment = line.substring("export ".length()).strip();
            int eq = assignment.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String name = assignment.substring(0, eq);
            if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                continue;
            }
            vars.put(name, unquote(assignment.substring(eq + 1)));
        }
        return vars;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
