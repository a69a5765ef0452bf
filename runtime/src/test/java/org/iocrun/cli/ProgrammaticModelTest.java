package org.iocrun.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands' picocli model is built in code (CommandSpecs says why), and nothing brings picocli's reflective
 * model back: no class of the CLI carries a picocli annotation, and a run makes picocli generate no annotation
 * proxy class and bind no member by reflection (as {@code mixinStandardHelpOptions} would, on picocli's own class).
 */
class ProgrammaticModelTest {

    /**
     * What the JVM loads when picocli models a command by reflection (annotation proxies, its member wrapper) or
     * registers its reflective converters (for java.sql types, Path, ...: ProcessSettings excludes them).
     */
    private static final List<String> REFLECTIVE_MODEL_CLASSES = List.of(
            "$Proxy", "picocli.CommandLine$Model$TypedMember", "picocli.CommandLine$Model$FieldBinding",
            "picocli.CommandLine$BuiltIn$ReflectionConverter", "java.sql.DriverManager ");

    @Test
    void noClassOfTheCliCarriesAPicocliAnnotation() throws Exception {
        List<String> annotated = cliClasses().stream()
                .filter(ProgrammaticModelTest::hasPicocliAnnotation).map(Class::getName).toList();

        assertEquals(List.of(), annotated);
    }

    /** So the scan above covers every command iocrun models; picocli's own help and completion are annotated. */
    @Test
    void everyCommandButPicoclisOwnIsAClassOfTheCli() throws Exception {
        Set<Class<?>> commands = new LinkedHashSet<>();
        collectCommandClasses(IocrunCommand.commandLine(), commands);
        commands.removeAll(List.of(CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class));

        assertTrue(cliClasses().containsAll(commands), commands.toString());
    }

    /** Runs that name a command; with none named, picocli's own (annotated) help and completion are modelled too. */
    @ParameterizedTest
    @ValueSource(strings = {"runtime generate --help", "start --help", "msi -h"})
    void aRunLoadsNoClassOfPicoclisReflectiveModel(String args, @TempDir Path dir) throws Exception {
        Path log = dir.resolve("class-load.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args.split(" ")));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, p.waitFor(), output);
        List<String> reflective = Files.readAllLines(log).stream()
                .filter(line -> REFLECTIVE_MODEL_CLASSES.stream().anyMatch(line::contains)).toList();
        assertEquals(List.of(), reflective);
    }

    private static void collectCommandClasses(CommandLine cli, Set<Class<?>> into) {
        into.add(cli.getCommand().getClass());
        cli.getSubcommands().values().forEach(sub -> collectCommandClasses(sub, into));
    }

    /** Every class compiled into this package of the main sources, nested ones included. */
    private static Set<Class<?>> cliClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(IocrunCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(IocrunCommand.class.getPackageName().replace('.', '/'));
        assertTrue(Files.isDirectory(dir), "the main classes are not a folder: " + root);
        Set<Class<?>> classes = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String simple = file.getFileName().toString().replaceFirst("\\.class$", "");
                classes.add(Class.forName(IocrunCommand.class.getPackageName() + "." + simple, false,
                        IocrunCommand.class.getClassLoader()));
            }
        }
        return classes;
    }

    private static boolean hasPicocliAnnotation(Class<?> type) {
        List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
        elements.addAll(Arrays.asList(type.getDeclaredFields()));
        elements.addAll(Arrays.asList(type.getDeclaredMethods()));
        elements.addAll(Arrays.asList(type.getDeclaredConstructors()));
        Stream<Annotation> parameters = Stream.concat(Arrays.stream(type.getDeclaredMethods()),
                        Arrays.stream(type.getDeclaredConstructors()))
                .map(Executable::getParameterAnnotations).flatMap(Arrays::stream).flatMap(Arrays::stream);
        return Stream.concat(elements.stream().map(AnnotatedElement::getDeclaredAnnotations).flatMap(Arrays::stream),
                        parameters)
                .anyMatch(a -> a.annotationType().getPackageName().startsWith("picocli"));
    }
}
