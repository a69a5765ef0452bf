package org.iocrun.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a command finds support definitions and pvi device files, the same for render, diff, validate and
 * generate2: files or whole support trees as they are checked out, each option repeatable.
 */
final class SupportOptions {

    List<Path> definitions = new ArrayList<>();

    List<Path> pviDefs = new ArrayList<>();

    /** Adds {@code --definitions}. */
    void addDefinitionsTo(CommandSpec spec) {
        spec.addOption(CommandSpecs.listOption(Path.class, definitions, v -> definitions = v, "--definitions")
                .paramLabel("FILE|DIR")
                .description("Support definitions: a *.ibek.support.yaml file, or a folder searched recursively for"
                        + " them (repeatable, loaded in the order given; default: $EPICS_ROOT/ibek-defs plus the"
                        + " config folder's own).").build());
    }

    /** Adds {@code --definitions} and {@code --pvi-defs}. */
    void addTo(CommandSpec spec) {
        addDefinitionsTo(spec);
        spec.addOption(CommandSpecs.listOption(Path.class, pviDefs, v -> pviDefs = v, "--pvi-defs")
                .paramLabel("DIR")
                .description("A folder of *.pvi.device.yaml files, searched recursively (repeatable: the first folder"
                        + " that has a file wins; default: $EPICS_ROOT/pvi-defs).").build());
    }
}
