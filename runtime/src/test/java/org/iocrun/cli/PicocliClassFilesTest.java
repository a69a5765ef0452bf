package org.iocrun.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picocli classes iocrun runs are the build's rewritten Java 8 class files (src/build/java/UpgradeClassFiles),
 * not the Java 5 ones of picocli's jar, which the JVM's AOT cache leaves out; and they pass the verifier, which
 * loading them here does.
 */
class PicocliClassFilesTest {

    private static final int JAVA_8 = 52;

    @ParameterizedTest
    @ValueSource(classes = {picocli.CommandLine.class, picocli.CommandLine.Model.CommandSpec.class,
            picocli.CommandLine.Help.class, picocli.AutoComplete.class})
    void areJava8ClassFiles(Class<?> type) throws IOException {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            byte[] header = in.readNBytes(8);
            int major = (header[6] & 0xff) << 8 | (header[7] & 0xff);
            assertTrue(major >= JAVA_8, type.getName() + " is a class file of version " + major);
        }
    }
}
