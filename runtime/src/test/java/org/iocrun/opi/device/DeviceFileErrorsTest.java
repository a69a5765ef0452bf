package org.iocrun.opi.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.UserError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad device files give one error naming file, line, column, what is wrong and what was expected. */
class DeviceFileErrorsTest {

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("unknown component type", """
                        label: D
                        children:
                          - type: Signal
                            name: A
                        """, 3, 11, "unknown type 'Signal'", "SignalR"),
                Arguments.of("missing read_pv", """
                        label: D
                        children:
                          - type: SignalR
                            name: A
                        """, 3, 5, "missing key 'read_pv'", ""),
                Arguments.of("name not PascalCase", """
                        label: D
                        children:
                          - type: SignalR
                            name: my_signal
                            read_pv: X
                        """, 4, 11, "name 'my_signal' is not PascalCase", "AcquireTime"),
                Arguments.of("unknown key", """
                        label: D
                        children:
                          - type: SignalW
                            name: A
                            write_pv: X
                            colour: red
                        """, 6, 5, "unknown key 'colour'", "write_widget"),
                Arguments.of("labelled not a boolean", """
                        label: D
                        children:
                          - type: Group
                            name: G
                            layout:
                              type: Grid
                              labelled: "yes"
                            children: []
                        """, 7, 17, "'labelled' must be true or false", ""),
                Arguments.of("unknown text format", """
                        label: D
                        children:
                          - type: SignalR
                            name: A
                            read_pv: X
                            read_widget:
                              type: TextRead
                              format: binary
                        """, 8, 15, "unknown text format 'binary'", "hexadecimal"),
                Arguments.of("children not a list", """
                        label: D
                        children:
                          - type: Group
                            name: G
                            layout: {type: Grid}
                            children: {}
                        """, 6, 15, "'children' must be a list", ""),
                Arguments.of("missing label", """
                        children: []
                        """, 1, 1, "missing key 'label'", ""),
                Arguments.of("invalid YAML", """
                        label: D
                        children:
                          - type: SignalR
                           name: A
                        """, 4, 4, "bad indentation of a mapping", ""),
                Arguments.of("missing include", """
                        label: D
                        children:
                          - type: Include
                            file_name: Nowhere
                        """, 3, 5, "cannot find Nowhere.pvi.device.yaml", "/defs"),
                Arguments.of("include loops", """
                        label: D
                        children:
                          - type: Include
                            file_name: Bad
                        """, 3, 5, "Include of 'Bad' loops back to itself", "Bad.pvi.device.yaml -> Bad"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileGivesPositionedError(String why, String yaml, int line, int column, String message, String hint)
            throws Exception {
        try (FileSystem fs = Jimfs.newFileSystem(Configuration.unix())) {
            Path defs = Files.createDirectories(fs.getPath("/defs"));
            Path file = Files.writeString(defs.resolve("Bad.pvi.device.yaml"), yaml);
            DeviceLibrary library = new DeviceLibrary(new PositionedYamlFileReader(new org.iocrun.yaml.YamlLoader()), List.of(defs));
            UserError error = assertThrows(UserError.class, () -> library.load(file));
            assertEquals(1, error.problems().size(), error.getMessage());
            Problem p = error.problems().getFirst();
            assertEquals(file, p.position().file(), error.getMessage());
            assertEquals(line + ":" + column, p.position().line() + ":" + p.position().column(), error.getMessage());
            assertTrue(p.message().contains(message), p.headline());
            assertTrue(p.hint().contains(hint), p.headline());
        }
    }
}
