package org.iocrun.launch;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RELEASE.shell's image paths moved onto a copy of the image's tree, for finding templates in a local render. */
class ImageTreeCopyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // export's value                                 | tree at    | value for the template lookup
            "/epics/support/iocStats                          | /home/gioc | /home/gioc/support/iocStats",
            "/epics/support/asyn/db:/epics/support/motor/db   | /home/gioc | /home/gioc/support/asyn/db:/home/gioc/support/motor/db",
            "/epics/support/iocStats                          | /epics     | /epics/support/iocStats",
            "/opt/site/support/x                              | /home/gioc | /opt/site/support/x",
            "/epicsfoo/x                                      | /home/gioc | /epicsfoo/x",
            "relative/epics/x                                 | /home/gioc | relative/epics/x"})
    void imagePathsMoveUnderTheCopysRoot(String value, String root, String expected) {
        Map<String, String> env = ImageTreeCopy.rebased(Map.of("X", value), Map.of("X", value), Path.of(root));
        assertEquals(expected, env.get("X"));
    }

    @org.junit.jupiter.api.Test
    void aValueSetOtherwiseThanByReleaseShellIsKept() {
        Map<String, String> env = ImageTreeCopy.rebased(Map.of("X", "/epics/mine"), Map.of("X", "/epics/support/x"),
                Path.of("/home/gioc"));
        assertEquals("/epics/mine", env.get("X"));
    }
}
