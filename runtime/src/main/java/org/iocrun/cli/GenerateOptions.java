package org.iocrun.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;

/** The output options ibek's two generate commands share. */
final class GenerateOptions {

    Path output;

    boolean pvi;

    /** Adds these options to a command's own. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(Path.class, output, v -> output = v, "-o", "--output").paramLabel("DIR")
                .description("Output folder (default: $EPICS_ROOT/runtime). Its contents are replaced.").build());
        spec.addOption(CommandSpecs.option(boolean.class, pvi, v -> pvi = v, "--pvi")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Generate OPI screens and pvi templates (default: on).").build());
    }
}
