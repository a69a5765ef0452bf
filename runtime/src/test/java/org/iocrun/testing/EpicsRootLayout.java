package org.iocrun.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A temporary EPICS_ROOT laid out like a Generic IOC container (runtime-contract §2 folder layout):
 * <pre>
 *   generic-source/ioc/{bin,dbd}  symlinks into the test IOC tree (scripts/test-ioc)
 *   generic-source/ioc/config/    the instance's config folder (a copy: tests may edit it)
 *   ioc -> generic-source/ioc     as the image's Dockerfile links it
 *   runtime/ opi/ autosave/       empty, as mounted volumes start
 *   support/simdevice/db/         the sample module's templates (a copy)
 *   support/configure/RELEASE.shell  export lines for every support module, as the support build writes them
 *   ibek-defs/                    symlinks: the sample support YAML and the corpus' epics.ibek.support.yaml
 *   pvi-defs/                     symlink: the sample pvi device
 * </pre>
 * The IOC folder is a real folder of symlinks, not a link to the cached tree, so the config copy never lands in
 * the shared cache.
 */
public final class EpicsRootLayout {

    public static final String SAMPLE_MODULE = "simdevice";

    private final Path root;
    private final String iocName;

    private EpicsRootLayout(Path root, String iocName) {
        this.root = root;
        this.iocName = iocName;
    }

    /** Lays out {@code dir/epics}; {@code iocName} becomes IOC_NAME. The IOC binary is linked by {@link #linkIoc}. */
    public static EpicsRootLayout create(Path dir, String iocName) {
        EpicsRootLayout layout = new EpicsRootLayout(dir.resolve("epics"), iocName);
        try {
            layout.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return layout;
    }

    private void build() throws IOException {
        Path genericIoc = Files.createDirectories(root.resolve("generic-source").resolve("ioc"));
        Files.createDirectories(genericIoc.resolve("config"));
        Files.createSymbolicLink(root.resolve("ioc"), root.relativize(genericIoc));
        for (Path dir : List.of(runtimeDir(), opiDir(), autosaveDir(), ibekDefs(), pviDefs(), support().resolve("configure"))) {
            Files.createDirectories(dir);
        }
        Path module = Samples.supportModule(SAMPLE_MODULE);
        copyTree(module.resolve("db"), support().resolve(SAMPLE_MODULE).resolve("db"));
        Files.createSymbolicLink(ibekDefs().resolve(SAMPLE_MODULE + ".ibek.support.yaml"),
                module.resolve(SAMPLE_MODULE + ".ibek.support.yaml"));
        Files.createSymbolicLink(ibekDefs().resolve("epics.ibek.support.yaml"),
                Corpus.path("ibek-support", "_global", "epics.ibek.support.yaml"));
        Files.createSymbolicLink(pviDefs().resolve(SAMPLE_MODULE + ".pvi.device.yaml"),
                module.resolve(SAMPLE_MODULE + ".pvi.device.yaml"));
        Files.writeString(releaseShell(), releaseShellText());
    }

    /** What the support build writes: one export per module, then the db include path. */
    private String releaseShellText() {
        Path moduleDir = support().resolve(SAMPLE_MODULE);
        return "export " + SAMPLE_MODULE.toUpperCase() + "=\"" + moduleDir + "\"\n"
                + "export EPICS_DB_INCLUDE_PATH=\"" + moduleDir.resolve("db") + "\"\n";
    }

    /** Links the test IOC's {@code bin} and {@code dbd} into the IOC folder. */
    public EpicsRootLayout linkIoc(EpicsInstallation epics) {
        Path genericIoc = root.resolve("generic-source").resolve("ioc");
        try {
            Files.createSymbolicLink(genericIoc.resolve("bin"), epics.testIoc().resolve("bin"));
            Files.createSymbolicLink(genericIoc.resolve("dbd"), epics.testIoc().resolve("dbd"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Copies a sample instance's config folder (samples/instances/NAME/config) into the IOC's config folder. */
    public EpicsRootLayout installSampleConfig(String instance) {
        copyTree(Samples.instanceConfig(instance), configDir());
        return this;
    }

    public EpicsRootLayout writeConfig(String fileName, String text) {
        return write(configDir().resolve(fileName), text);
    }

    /** Writes a file anywhere under EPICS_ROOT, creating folders. */
    public EpicsRootLayout write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * The environment of the launcher as the image and the helm chart set it (EPICS_ROOT, IOC, SUPPORT,
     * EPICS_HOST_ARCH, IOC_NAME, IOC_PREFIX); CONFIG_DIR and RUNTIME_DIR are left for the launcher to export, as
     * start.sh does. No error delay, and a readiness marker inside the test folder instead of /tmp.
     */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("HOME", root.getParent().toString());
        env.put("EPICS_ROOT", root.toString());
        env.put("IOC", ioc().toString());
        env.put("SUPPORT", support().toString());
        env.put("EPICS_HOST_ARCH", EpicsInstallation.ARCH);
        env.put("IOC_NAME", iocName);
        env.put("IOC_PREFIX", iocName);
        env.put("IOCRUN_ERROR_DELAY", "0");
        env.put("IOCRUN_WAIT_MARKER", waitMarker().toString());
        return env;
    }

    /** The PV prefix the sample instances derive from IOC_NAME ({@code ioc_name | upper}). */
    public String pvPrefix() {
        return iocName.toUpperCase();
    }

    public String iocName() {
        return iocName;
    }

    public Path root() {
        return root;
    }

    public Path ioc() {
        return root.resolve("ioc");
    }

    public Path configDir() {
        return ioc().resolve("config");
    }

    public Path runtimeDir() {
        return root.resolve("runtime");
    }

    public Path opiDir() {
        return root.resolve("opi");
    }

    public Path autosaveDir() {
        return root.resolve("autosave");
    }

    public Path support() {
        return root.resolve("support");
    }

    public Path releaseShell() {
        return support().resolve("configure").resolve("RELEASE.shell");
    }

    public Path ibekDefs() {
        return root.resolve("ibek-defs");
    }

    public Path pviDefs() {
        return root.resolve("pvi-defs");
    }

    /** The do-wait readiness marker (IOCRUN_WAIT_MARKER), outside EPICS_ROOT like /tmp/doWait_completed.txt. */
    public Path waitMarker() {
        return root.getParent().resolve("doWait_completed.txt");
    }

    /**
     * Removes the symlinks that point out of the test folder (into samples/, the corpus, the test IOC cache), so
     * deleting the temporary folder afterwards touches nothing else and JUnit has no outside link to warn about.
     */
    public void unlinkOutside() {
        Path top = root.getParent();
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path link : walk.filter(Files::isSymbolicLink).toList()) {
                Path target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
                if (!target.startsWith(top)) {
                    Files.delete(link);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names in a folder, sorted; empty when it does not exist. */
    public static List<String> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            // the hidden .iocrun-* entries hold the content sets the visible entries link into (StagedDirectory)
            return files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".iocrun-")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a folder tree (files replaced), for a test's own copy of an instance or a module. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
