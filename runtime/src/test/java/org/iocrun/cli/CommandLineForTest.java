package org.iocrun.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Building only the named command's subtree must not change what that command accepts or prints. */
class CommandLineForTest {

    static Stream<String> topLevelNames() {
        return IocrunCommand.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("topLevelNames")
    void buildsOnlyTheNamedCommandWithTheSameUsageEverywhereBelowIt(String name) {
        CommandLine narrow = IocrunCommand.commandLineFor(name, "--some-argument");
        CommandLine full = IocrunCommand.commandLine();

        assertEquals(Set.of(name), narrow.getSubcommands().keySet());
        assertEquals(usages(full.getSubcommands().get(name)), usages(narrow.getSubcommands().get(name)));
    }

    @org.junit.jupiter.api.Test
    void theNameTableMatchesTheAnnotations() {
        assertEquals(java.util.List.copyOf(IocrunCommand.SUBCOMMANDS.keySet()),
                java.util.List.copyOf(IocrunCommand.commandLine().getSubcommands().keySet()));
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
