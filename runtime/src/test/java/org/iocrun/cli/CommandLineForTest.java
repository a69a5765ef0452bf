package org.iocrun.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Building only the named commands must not change what the named command accepts or prints. */
class CommandLineForTest {

    static Stream<String> topLevelNames() {
        return IocrunCommand.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help"));
    }

    /** Every command below the root as the names that reach it: [start], [runtime], [runtime, generate], ... */
    static Stream<List<String>> commandPaths() {
        return paths(IocrunCommand.commandLine(), List.of()).stream().filter(p -> !p.equals(List.of("help")));
    }

    private static List<List<String>> paths(CommandLine command, List<String> prefix) {
        List<List<String>> all = new ArrayList<>();
        command.getSubcommands().forEach((name, sub) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(name);
            all.add(path);
            all.addAll(paths(sub, path));
        });
        return all;
    }

    /** The narrowed line reaches the named command through one command per level, with the same usage below. */
    @ParameterizedTest
    @MethodSource("commandPaths")
    void buildsOnlyTheNamedCommandsWithTheSameUsageEverywhereBelowTheLast(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--some-argument");
        CommandLine narrow = IocrunCommand.commandLineFor(args.toArray(String[]::new));
        CommandLine full = IocrunCommand.commandLine();
        for (String name : path) {
            assertEquals(Set.of(name), narrow.getSubcommands().keySet());
            narrow = narrow.getSubcommands().get(name);
            full = full.getSubcommands().get(name);
        }
        assertEquals(usages(full), usages(narrow));
    }

    /** A group named without (or with an unknown) subcommand gets all of them, for its help and its errors. */
    @ParameterizedTest
    @MethodSource("topLevelNames")
    void aGroupWithoutANamedSubcommandHasAllOfThem(String name) {
        CommandLine full = IocrunCommand.commandLine().getSubcommands().get(name);
        for (String next : List.of("--help", "no-such-command")) {
            CommandLine narrow = IocrunCommand.commandLineFor(name, next).getSubcommands().get(name);
            assertEquals(usages(full), usages(narrow));
        }
    }

    /** Every command in the tree is named in its spec as the table names it. */
    @org.junit.jupiter.api.Test
    void theNameTableMatchesTheSpecs() {
        assertEquals("iocrun", IocrunCommand.COMMANDS.spec().get().name());
        assertNamesMatch(IocrunCommand.COMMANDS);
    }

    private static void assertNamesMatch(IocrunCommand.CommandNode node) {
        node.children().forEach((name, child) -> {
            assertEquals(name, child.spec().get().name());
            assertNamesMatch(child);
        });
    }

    static Stream<Arguments> wholeTreeCases() {
        return Stream.of(
                Arguments.of((Object) new String[] {}),
                Arguments.of((Object) new String[] {"--version"}),
                Arguments.of((Object) new String[] {"help", "runtime"}),
                Arguments.of((Object) new String[] {"runtim"}),
                Arguments.of((Object) new String[] {"generate"}));
    }

    @ParameterizedTest
    @MethodSource("wholeTreeCases")
    void buildsEveryCommandWhenTheArgumentsDoNotStartWithOne(String[] args) {
        assertEquals(IocrunCommand.commandLine().getSubcommands().keySet(),
                IocrunCommand.commandLineFor(args).getSubcommands().keySet());
    }

    @ParameterizedTest
    @MethodSource("topLevelNames")
    void keepsTheSharedSettings(String name) {
        CommandLine narrow = IocrunCommand.commandLineFor(name).getSubcommands().get(name);
        CommandLine full = IocrunCommand.commandLine().getSubcommands().get(name);

        assertEquals(full.isCaseInsensitiveEnumValuesAllowed(), narrow.isCaseInsensitiveEnumValuesAllowed());
        assertEquals(full.isStopAtPositional(), narrow.isStopAtPositional());
        assertEquals(full.isOverwrittenOptionsAllowed(), narrow.isOverwrittenOptionsAllowed());
        assertEquals(full.getExecutionExceptionHandler().getClass(), narrow.getExecutionExceptionHandler().getClass());
    }

    /** The usage text of a command and of every command below it, by qualified name. */
    private static Map<String, String> usages(CommandLine command) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put(command.getCommandSpec().qualifiedName(), command.getUsageMessage(CommandLine.Help.Ansi.OFF));
        command.getSubcommands().values().forEach(sub -> all.putAll(usages(sub)));
        return all;
    }
}
