package org.iocrun.launch;


import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * start.sh's environment for generation and the IOC: the given one, EPICS_ROOT and IOC when unset, CONFIG_DIR and
 * RUNTIME_DIR as the paths say, and the {@code export} lines of {@code $SUPPORT/configure/RELEASE.shell} (where
 * real support YAML's {@code $(ADCORE)}-style template names are defined).
 */
public final class IocEnvironment {

    private IocEnvironment() {
    }

    public static Map<String, String> of(Map<String, String> env, EpicsPaths paths) throws IOException {
        Map<String, String> iocEnv = new LinkedHashMap<>(env);
        iocEnv.putIfAbsent("EPICS_ROOT", paths.epicsRoot().toString());
        iocEnv.putIfAbsent("IOC", paths.ioc().toString());
        iocEnv.put("CONFIG_DIR", paths.configDir().toString());
        iocEnv.put("RUNTIME_DIR", paths.runtimeDir().toString());
        iocEnv.putAll(ReleaseShell.read(paths.support().resolve("configure/RELEASE.shell")));
        return iocEnv;
    }
}
