package org.iocrun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checkout's {@code ./iocrun} on its first run: one line per build step instead of a minute of silence, none of
 * Maven's or the build tools' own lines, and Maven's errors when the build fails. Runs the real script in a copy of
 * the checkout's layout with a stand-in {@code mvn} (printing what Maven prints) and {@code java}.
 */
class IocrunScriptTest {

    /** What Maven prints for this build, in its -B format (plugin executions, the picocli rewrite's line). */
    static final String MAVEN_OUTPUT = """
            [INFO] Scanning for projects...
            [INFO] --- maven-dependency-plugin:3.9.0:properties (dependency-paths) @ iocrun-runtime ---
            [INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ iocrun-runtime ---
            [INFO] --- exec-maven-plugin:3.5.0:exec (upgrade-picocli-class-files) @ iocrun-runtime ---
            UpgradeClassFiles: 228 classes of picocli-4.7.7.jar copied, 228 rewritten as Java 8 class files
            [INFO] --- maven-jar-plugin:3.4.2:jar (default-jar) @ iocrun-runtime ---
            [INFO] --- maven-shade-plugin:3.6.0:shade (default) @ iocrun-runtime ---
            [INFO] BUILD SUCCESS
            """;

    @TempDir
    Path root;

    private Path executable(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private record Run(int exit, String err) {
    }

    private Run firstRun(String mavenScript) throws Exception {
        Files.copy(Path.of("../iocrun"), root.resolve("iocrun"));
        Path jdk = root.resolve("jdk");
        executable(jdk.resolve("bin/java"), "#!/bin/sh\necho \"java ran\"\n");
        Files.createDirectories(root.resolve("scripts"));
        Files.writeString(root.resolve("scripts/jdk.sh"), "export JAVA_HOME=\"" + jdk + "\"\nexport PATH=\"" + root
                + "/bin:$PATH\"\n");
        executable(root.resolve("bin/mvn"), mavenScript);
        Files.writeString(root.resolve("pom.xml"), "");
        Files.createDirectories(root.resolve("runtime/src/main"));
        Files.createDirectories(root.resolve("runtime/src/build"));
        Files.writeString(root.resolve("runtime/pom.xml"), "");
        ProcessBuilder script = new ProcessBuilder("bash", root.resolve("iocrun").toString(), "--version");
        // no AOT training: it would run the stand-in java on a checkout without bench/sample
        script.environment().put("IOCRUN_AOT", "off");
        Process p = script
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(root.resolve("err.txt").toFile())
                .directory(root.toFile()).start();
        p.getOutputStream().close();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(root.resolve("err.txt")));
    }

    @Test
    void theFirstBuildSaysWhatItDoesInItsOwnWords() throws Exception {
        Run run = firstRun("#!/bin/sh\ncat <<'END'\n" + MAVEN_OUTPUT + "END\nmkdir -p runtime/target\n"
                + "touch runtime/target/iocrun.jar\n");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().startsWith("iocrun: building iocrun.jar (once; the first build takes about a minute) ...\n"
                + "iocrun:   resolving dependencies ...\n"
                + "iocrun:   compiling the sources ...\n"
                + "iocrun:   packaging ...\n"
                + "iocrun:   bundling the dependencies into one jar ...\n"
                + "iocrun: built iocrun.jar in "), run.err());
        assertFalse(run.err().contains("UpgradeClassFiles") || run.err().contains("[INFO]"), run.err());
    }

    @Test
    void aFailedBuildShowsMavensErrors() throws Exception {
        Run run = firstRun("#!/bin/sh\necho '[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ x ---'\n"
                + "echo '[ERROR] /src/Main.java:[3,1] class, interface, enum, or record expected'\nexit 1\n");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("iocrun:   compiling the sources ...\n"
                + "[ERROR] /src/Main.java:[3,1] class, interface, enum, or record expected\n"
                + "iocrun: build failed (full log: "), run.err());
    }
}
