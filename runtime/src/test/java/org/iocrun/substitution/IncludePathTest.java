package org.iocrun.substitution;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncludePathTest {

    static Stream<Arguments> arguments() {
        return Stream.of(
                Arguments.of(List.of("a"), List.of("a")),
                Arguments.of(List.of("a:b"), List.of("a", "b")),
                Arguments.of(List.of("a::b"), List.of("a", ".", "b")),
                Arguments.of(List.of(":a"), List.of(".", "a")),
                Arguments.of(List.of("a:"), List.of("a", ".")),
                Arguments.of(List.of(""), List.of()),
                Arguments.of(List.of("x", "y:z"), List.of("x", "y", "z")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arguments")
    void splitsColonListsLikeMsi(List<String> args, List<String> expected) {
        assertEquals(expected, IncludePath.fromArguments(args).directories());
    }

    @Test
    void iocPathIsConfigThenSortedSupportDbThenRuntime(@TempDir Path root) throws IOException {
        Path support = root.resolve("support");
        for (String module : List.of("motor", "asyn", "busy")) {
            Files.createDirectories(support.resolve(module).resolve("db"));
        }
        Files.createDirectories(support.resolve("configure"));
        IncludePath path = IncludePath.forIoc(root.resolve("config"), support, root.resolve("runtime"));
        assertEquals(List.of(root.resolve("config").toString(), support.resolve("asyn/db").toString(),
                support.resolve("busy/db").toString(), support.resolve("motor/db").toString(),
                root.resolve("runtime").toString()), path.directories());
    }

    @Test
    void firstDirectoryWithTheFileWins(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("one"));
        Files.createDirectories(root.resolve("two"));
        Files.writeString(root.resolve("two/x.db"), "");
        Files.writeString(root.resolve("one/y.db"), "");
        Files.writeString(root.resolve("two/y.db"), "");
        IncludePath path = new IncludePath(List.of("one", "two"));
        assertEquals("two/x.db", path.find("x.db", root).orElseThrow().name());
        assertEquals("one/y.db", path.find("y.db", root).orElseThrow().name());
        assertTrue(path.find("z.db", root).isEmpty());
        assertTrue(path.describeSearch("z.db").contains("one, two"));
    }

    @Test
    void namesWithSlashIgnoreThePath(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("one/sub"));
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("one/sub/x.db"), "");
        Files.writeString(root.resolve("sub/x.db"), "");
        assertEquals(root.resolve("sub/x.db"),
                new IncludePath(List.of("one")).find("sub/x.db", root).orElseThrow().path());
    }
}
