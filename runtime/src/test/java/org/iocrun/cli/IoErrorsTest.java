package org.iocrun.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A full disk (Linux's /dev/full: every write fails with ENOSPC) is reported at the file being written, with what was
 * being written; and a failed write does not remove a file iocrun did not create (here, the device itself).
 */
class IoErrorsTest {

    static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path dir;

    @Test
    void msiOutputOnAFullDiskNamesTheFile() throws IOException {
        Assumptions.assumeTrue(Files.exists(FULL) && !Files.isRegularFile(FULL), "no /dev/full here");
        Path template = Files.writeString(dir.resolve("a.template"), "record(ai, \"$(P)\") {}\n");
        CliRun r = CliRun.of("msi", "-o", FULL.toString(), "-MP=x", template.toString());
        assertEquals(1, r.exit(), r.err());
        assertEquals("/dev/full: cannot write the output file: No space left on device", r.err().strip());
        assertTrue(Files.exists(FULL, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(FULL, LinkOption.NOFOLLOW_LINKS),
                "the device is still there");
    }

    @Test
    void schemaOutputOnAFullDiskNamesTheFileAndTheReasonInWords() {
        Assumptions.assumeTrue(Files.exists(FULL) && !Files.isRegularFile(FULL), "no /dev/full here");
        CliRun r = CliRun.of("support", "generate-schema", "--output", FULL.toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().startsWith("/dev/full: cannot write the schema: No space left on device"), r.err());
        assertFalse(r.err().contains("java.io"), r.err());
    }
}
