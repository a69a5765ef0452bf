package org.iocrun.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What an instance's config folder asks for, in start.sh's precedence (runtime-contract §1.2): its own
 * {@code start.sh}, else {@code ioc.yaml}, else hand-written {@code st.cmd}/{@code ioc.subst}/{@code ioc.db}.
 */
public enum ConfigFolder {
    START_SCRIPT, IOC_YAML, HAND_WRITTEN, NOTHING;

    static final List<String> HAND_WRITTEN_FILES = List.of("ioc.db", "ioc.subst", "st.cmd");

    public static ConfigFolder classify(Path configDir) {
        if (Files.isRegularFile(configDir.resolve("start.sh"))) {
            return START_SCRIPT;
        }
        if (Files.isRegularFile(configDir.resolve("ioc.yaml"))) {
            return IOC_YAML;
        }
        if (Files.isRegularFile(configDir.resolve("st.cmd"))) {
            return HAND_WRITTEN;
        }
        return NOTHING;
    }
}
