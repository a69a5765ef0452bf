package org.iocrun.substitution;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to expand, msi's options as values.
 *
 * @param includePath      msi's {@code -I} directories
 * @param macros           msi's {@code -M} definition lists ({@code "a=1,b=2"}), applied in order
 * @param environment      expands macros in {@code file} names, as msi does with its environment
 * @param undefinedIsError msi's {@code -V}: an undefined macro makes the run fail (output is still complete)
 * @param globalScope      msi's {@code -g}: row definitions stay defined for the following rows
 * @param workingDirectory relative names are resolved against it (msi's current directory)
 */
public record MsiOptions(IncludePath includePath, List<String> macros, Map<String, String> environment,
                         boolean undefinedIsError, boolean globalScope, Path workingDirectory) {

    public MsiOptions {
        macros = List.copyOf(macros);
        environment = Map.copyOf(environment);
    }

    /** No include directories, no macros, an empty environment, the process's working directory. */
    public static MsiOptions defaults() {
        return new MsiOptions(new IncludePath(List.of()), List.of(), Map.of(), false, false,
                Path.of("").toAbsolutePath());
    }

    public MsiOptions withIncludePath(IncludePath path) {
        return new MsiOptions(path, macros, environment, undefinedIsError, globalScope, workingDirectory);
    }

    public MsiOptions withMacros(List<String> definitions) {
        return new MsiOptions(includePath, definitions, environment, undefinedIsError, globalScope, workingDirectory);
    }

    public MsiOptions withEnvironment(Map<String, String> variables) {
        return new MsiOptions(includePath, macros, variables, undefinedIsError, globalScope, workingDirectory);
    }

    public MsiOptions withUndefinedIsError(boolean error) {
        return new MsiOptions(includePath, macros, environment, error, globalScope, workingDirectory);
    }

    public MsiOptions withGlobalScope(boolean global) {
        return new MsiOptions(includePath, macros, environment, undefinedIsError, global, workingDirectory);
    }

    public MsiOptions withWorkingDirectory(Path directory) {
        return new MsiOptions(includePath, macros, environment, undefinedIsError, globalScope, directory);
    }
}
