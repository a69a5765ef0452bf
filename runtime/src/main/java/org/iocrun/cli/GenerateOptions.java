package org.iocrun.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The output options ibek's two generate commands share. */
final class GenerateOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Output folder (default: $EPICS_ROOT/runtime). Its contents are replaced.")
    Path output;

    @Option(names = "--pvi", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Generate OPI screens and pvi templates (default: on).")
    boolean pvi;
}
