package org.iocrun.cli;

import org.iocrun.substitution.RealMsi;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every case under {@code msi-cases/} is run by the real msi and by {@code iocrun msi}, each in its own copy of the
 * case folder: standard output, exit status and the files left behind must be identical.
 *
 * <p>A case folder holds its inputs, {@code args} (one argument per line, {@code #} lines describe the case),
 * optionally {@code env} ({@code NAME=value} lines, msi's environment) and {@code stdin}.
 */
class MsiDifferentialTest {

    static Stream<String> cases() throws IOException, URISyntaxException {
        try (Stream<Path> list = Files.list(casesRoot())) {
            List<String> names = list.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList();
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void iocrunMatchesMsi(String name, @TempDir Path temp) throws Exception {
        RealMsi msi = RealMsi.require();
        Path source = casesRoot().resolve(name);
        List<String> args = Files.readAllLines(source.resolve("args")).stream()
                .filter(l -> !l.startsWith("#")).toList();
        Map<String, String> env = environment(source);
        byte[] stdin = Files.exists(source.resolve("stdin")) ? Files.readAllBytes(source.resolve("stdin")) : new byte[0];

        Path msiDir = copyCase(source, temp.resolve("msi"));
        Path iocrunDir = copyCase(source, temp.resolve("iocrun"));
        RealMsi.Run expected = msi.run(msiDir, args, env, stdin);
        Outcome actual = runIocrun(iocrunDir, args, env, stdin);

        String context = name + "\nmsi stderr:\n" + expected.stderr() + "\niocrun stderr:\n" + actual.stderr;
        assertEquals(expected.exitCode(), actual.exitCode, "exit status of " + context);
        assertEquals(new String(expected.stdout(), StandardCharsets.ISO_8859_1),
                new String(actual.stdout, StandardCharsets.ISO_8859_1), "standard output of " + context);
        assertArrayEquals(expected.stdout(), actual.stdout, "standard output bytes of " + context);
        assertEquals(files(msiDir), files(iocrunDir), "files left by " + context);
    }

    /** The corpus must stay large enough to be a real proof (the issue asks for at least 60 cases). */
    @org.junit.jupiter.api.Test
    void corpusHasEnoughCases() throws Exception {
        assertTrue(cases().count() >= 60, "at least 60 differential cases");
    }

    record Outcome(byte[] stdout, String stderr, int exitCode) {
    }

    /** {@code iocrun msi args} in-process, as if run in {@code directory} with {@code env}. */
    static Outcome runIocrun(Path directory, List<String> args, Map<String, String> env, byte[] stdin) {
        CommandLine cli = IocrunCommand.commandLine();
        MsiCommand command = cli.getSubcommands().get("msi").getCommand();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        command.stdout = out;
        command.stdin = new ByteArrayInputStream(stdin);
        command.workingDirectory = directory;
        command.environment = env;
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));
        List<String> all = new ArrayList<>();
        all.add("msi");
        all.addAll(args);
        int exit = cli.execute(all.toArray(String[]::new));
        return new Outcome(out.toByteArray(), err.toString(), exit);
    }

    private static Map<String, String> environment(Path source) throws IOException {
        Map<String, String> env = new LinkedHashMap<>();
        Path file = source.resolve("env");
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    env.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return env;
    }

    private static Path copyCase(Path source, Path target) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.toList()) {
                String relative = source.relativize(p).toString();
                if (relative.equals("args") || relative.equals("env") || relative.equals("stdin")) {
                    continue;
                }
                Path to = target.resolve(relative);
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }

    /** Every file under {@code dir} with its content: what the run created, changed or removed shows here. */
    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static Path casesRoot() throws URISyntaxException {
        return Path.of(MsiDifferentialTest.class.getResource("/msi-cases").toURI());
    }
}
