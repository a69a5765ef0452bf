package org.iocrun.launch;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * The container's folder layout, from the environment as start.sh and ibek read it (runtime-contract §1):
 * EPICS_ROOT (default /epics), IOC ($EPICS_ROOT/ioc), CONFIG_DIR ($IOC/config), RUNTIME_DIR ($EPICS_ROOT/runtime),
 * the OPI dir ($EPICS_ROOT/opi), SUPPORT ($EPICS_ROOT/support), ibek-defs and pvi-defs under EPICS_ROOT.
 */
public record EpicsPaths(Path epicsRoot, Path ioc, Path configDir, Path runtimeDir, Path opiDir, Path support,
                         Path ibekDefs, Path pviDefs, Path autosave) {

    public static EpicsPaths from(Map<String, String> env) {
        return from(env, FileSystems.getDefault());
    }

    public static EpicsPaths from(Map<String, String> env, FileSystem fs) {
        Path root = fs.getPath(nonEmpty(env.get("EPICS_ROOT"), "/epics"));
        Path ioc = path(fs, env.get("IOC"), root.resolve("ioc"));
        return new EpicsPaths(root, ioc,
                path(fs, env.get("CONFIG_DIR"), ioc.resolve("config")),
                path(fs, env.get("RUNTIME_DIR"), root.resolve("runtime")),
                root.resolve("opi"),
                path(fs, env.get("SUPPORT"), root.resolve("support")),
                root.resolve("ibek-defs"),
                root.resolve("pvi-defs"),
                root.resolve("autosave"));
    }

    private static Path path(FileSystem fs, String value, Path fallback) {
        return value == null || value.isEmpty() ? fallback : fs.getPath(value);
    }

    private static String nonEmpty(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
