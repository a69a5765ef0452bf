package org.iocrun.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Generic IOC of scripts/real-ioc (asyn, autosave, iocStats, motor, motorMotorSim, StreamDevice and
 * ioc-template's IOC app, built with /epics paths) and scripts/at-epics, which presents it at /epics in a private
 * mount namespace. Found through IOCRUN_REAL_IOC or in the cache next to EPICS base. Tests that need it fail when
 * CI=true and it is missing (or mount namespaces are not allowed), and are skipped otherwise.
 *
 * @param epicsTree the tree's {@code epics/} folder, what an image has at /epics
 * @param atEpics   scripts/at-epics
 */
public record RealGenericIoc(Path epicsTree, Path atEpics, EpicsInstallation epics) {

    private static final String TREE_DIR = "real-ioc-7.0.3.1";

    public static RealGenericIoc require() {
        EpicsInstallation epics = EpicsInstallation.require();
        Path tree = tree();
        Path atEpics = Samples.root().getParent().resolve("scripts").resolve("at-epics");
        List<String> missing = new ArrayList<>();
        if (!Files.isExecutable(tree.resolve("ioc/bin").resolve(EpicsInstallation.ARCH).resolve("ioc"))) {
            missing.add("no real Generic IOC at " + tree + ": run scripts/real-ioc");
        } else if (!mountNamespacesWork()) {
            missing.add("mount namespaces are not available (scripts/at-epics needs root and unshare -m)");
        }
        if (!missing.isEmpty()) {
            String message = String.join("; ", missing);
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return new RealGenericIoc(tree, atEpics, epics);
    }

    /** The command prefix that runs a command on this IOC with WORK's volumes and CONFIG at /epics/ioc/config. */
    public List<String> wrapper(Path work, Path config) {
        return List.of(atEpics.toString(), work.toString(), config.toString());
    }

    /** What at-epics needs in a cleared environment to find the tree and EPICS base without building anything. */
    public List<String> wrapperEnvironment() {
        return List.of("IOCRUN_REAL_IOC=" + epicsTree, "EPICS_BASE=" + epics.base());
    }

    private static Path tree() {
        String explicit = System.getenv("IOCRUN_REAL_IOC");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        return epicsCache().resolve(TREE_DIR).resolve("epics");
    }

    private static Path epicsCache() {
        String cache = System.getenv("EPICS_CACHE");
        if (cache != null && !cache.isBlank()) {
            return Path.of(cache);
        }
        String home = System.getenv("HOME");
        return (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"))).resolve(".cache").resolve("epics");
    }

    private static boolean mountNamespacesWork() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "--propagation", "private", "true")
                    .redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
