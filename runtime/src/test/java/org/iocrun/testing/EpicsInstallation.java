package org.iocrun.testing;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The real EPICS the end-to-end tests run: EPICS base (EPICS_BASE, from scripts/epics-base) for {@code caget}, and
 * the test IOC tree of scripts/test-ioc ({@code bin/linux-x86_64/ioc}, {@code dbd/ioc.dbd}), found through
 * IOCRUN_TEST_IOC or in the cache next to EPICS base. Tests that need them fail when CI=true and either is
 * missing, and are skipped otherwise.
 */
public record EpicsInstallation(Path base, Path testIoc) {

    public static final String ARCH = "linux-x86_64";
    private static final String TEST_IOC_DIR = "test-ioc-7.0.3.1";

    public static EpicsInstallation require() {
        List<String> missing = new ArrayList<>();
        Path base = envPath("EPICS_BASE");
        if (base == null || !Files.isExecutable(base.resolve("bin").resolve(ARCH).resolve("caget"))) {
            missing.add(base == null ? "EPICS_BASE is not set" : base + "/bin/" + ARCH + "/caget is missing");
        }
        Path testIoc = testIocTree();
        if (!Files.isExecutable(testIoc.resolve("bin").resolve(ARCH).resolve("ioc"))
                || !Files.isRegularFile(testIoc.resolve("dbd").resolve("ioc.dbd"))) {
            missing.add("no test IOC at " + testIoc);
        }
        if (!missing.isEmpty()) {
            String message = String.join("; ", missing) + ": run scripts/test-ioc (it builds EPICS base too); "
                    + "scripts/mvn sets EPICS_BASE when the build is cached";
            if ("true".equals(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
        return new EpicsInstallation(base, testIoc);
    }

    public Path caget() {
        return base.resolve("bin").resolve(ARCH).resolve("caget");
    }

    public Path iocBinary() {
        return testIoc.resolve("bin").resolve(ARCH).resolve("ioc");
    }

    private static Path testIocTree() {
        Path explicit = envPath("IOCRUN_TEST_IOC");
        if (explicit != null) {
            return explicit;
        }
        Path cache = envPath("EPICS_CACHE");
        if (cache == null) {
            // the scripts use $HOME, which CI may set apart from the account's home that user.home reports
            Path home = envPath("HOME");
            cache = (home != null ? home : Path.of(System.getProperty("user.home"))).resolve(".cache").resolve("epics");
        }
        return cache.resolve(TEST_IOC_DIR);
    }

    private static Path envPath(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? null : Path.of(value);
    }
}
