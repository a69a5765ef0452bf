package org.iocrun.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * picocli's model builders, compact, for the commands' {@code spec} methods. The commands declare their model in
 * code rather than with annotations because picocli reads annotations through a proxy class per annotation type,
 * generated at run time (the AOT cache cannot hold them), and binds fields by reflection: picocli took about a
 * quarter of a short run's main-thread CPU, most of it for that. Each option starts from its field's value and
 * writes back to the field, as picocli's reflective binding does.
 */
final class CommandSpecs {

    private CommandSpecs() {
    }

    /**
     * A command named {@code name} whose {@code call()}/{@code run()} picocli invokes on {@code command}. The
     * description's parts are one paragraph, which picocli wraps at words: given as separate lines, the parent's
     * command list would show only the first and cut the sentence there.
     */
    static CommandSpec command(Object command, String name, String... description) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
        spec.name(name);
        spec.usageMessage().description(String.join(" ", description));
        return spec;
    }

    /**
     * Adds {@code -h/--help} and {@code -V/--version} as {@code mixinStandardHelpOptions} does, after the command's
     * own options as picocli adds them (their order shows in the completion script). That attribute itself is not
     * used: it models picocli's help mixin class by reflection.
     */
    static CommandSpec withStandardHelp(CommandSpec spec) {
        spec.addOption(option(boolean.class, false, unused -> { }, "-h", "--help").usageHelp(true)
                .descriptionKey("mixinStandardHelpOptions.help")
                .description("Show this help message and exit.").build());
        spec.addOption(option(boolean.class, false, unused -> { }, "-V", "--version").versionHelp(true)
                .descriptionKey("mixinStandardHelpOptions.version")
                .description("Print version information and exit.").build());
        return spec;
    }

    /** A single-valued option; {@code initial} is the field's value, {@code field} sets it. */
    static <V> OptionSpec.Builder option(Class<V> type, V initial, Consumer<? super V> field, String... names) {
        ValueBinding<V> binding = new ValueBinding<>(initial, field);
        return OptionSpec.builder(names).type(type).initialValue(initial).getter(binding).setter(binding);
    }

    /** A repeatable option collecting {@code element}s. */
    static <E> OptionSpec.Builder listOption(Class<E> element, List<E> initial, Consumer<? super List<E>> field,
                                             String... names) {
        ValueBinding<List<E>> binding = new ValueBinding<>(initial, field);
        return OptionSpec.builder(names).type(List.class).auxiliaryTypes(element).initialValue(initial)
                .getter(binding).setter(binding);
    }

    /** A repeatable {@code KEY=VALUE} option. */
    static <K, V> OptionSpec.Builder mapOption(Class<K> key, Class<V> value, Map<K, V> initial,
                                               Consumer<? super Map<K, V>> field, String... names) {
        ValueBinding<Map<K, V>> binding = new ValueBinding<>(initial, field);
        return OptionSpec.builder(names).type(Map.class).auxiliaryTypes(key, value).initialValue(initial)
                .getter(binding).setter(binding);
    }

    /**
     * Adds a positional parameter, required when its arity asks for a value (a builder without one gets arity 1),
     * as {@code @Parameters} makes it; picocli's builder leaves that to the caller.
     */
    static void addPositional(CommandSpec spec, PositionalParamSpec.Builder positional) {
        Range arity = positional.arity();
        spec.addPositional(positional.required(arity == null || arity.min() > 0).build());
    }

    /** A single-valued positional parameter. */
    static <V> PositionalParamSpec.Builder positional(Class<V> type, V initial, Consumer<? super V> field) {
        ValueBinding<V> binding = new ValueBinding<>(initial, field);
        return PositionalParamSpec.builder().type(type).initialValue(initial).getter(binding).setter(binding);
    }

    /** Positional parameters collecting {@code element}s. */
    static <E> PositionalParamSpec.Builder listPositional(Class<E> element, List<E> initial,
                                                          Consumer<? super List<E>> field) {
        ValueBinding<List<E>> binding = new ValueBinding<>(initial, field);
        return PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element).initialValue(initial)
                .getter(binding).setter(binding);
    }
}
