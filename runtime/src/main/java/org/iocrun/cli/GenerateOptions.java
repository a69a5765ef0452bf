package org.iocrun.cli;

import org.iocrun.launch.IbekGenerate;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.Optional;

/** The output options ibek's two generate commands share. */
final class GenerateOptions {

    Path output;

    boolean pvi;

    boolean force;

    /** Where the outputs go. */
    IbekGenerate.Destination destination() {
        return new IbekGenerate.Destination(Optional.ofNullable(output), force);
    }

    /** Adds these options to a command's own. */
    void addTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.option(Path.class, output, v -> output = v, "-o", "--output").paramLabel("DIR")
                .description("Output folder (default: $EPICS_ROOT/runtime, whose contents are replaced). A folder given"
                        + " here must be new, empty, or one iocrun wrote before; only iocrun's files are replaced.").build());
        spec.addOption(CommandSpecs.option(boolean.class, force, v -> force = v, "--force")
                .description("Write into an -o folder iocrun did not write (files of the same names are replaced,"
                        + " no other file is removed).").build());
        spec.addOption(CommandSpecs.option(boolean.class, pvi, v -> pvi = v, "--pvi")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Generate OPI screens and pvi templates (default: on).").build());
    }
}
