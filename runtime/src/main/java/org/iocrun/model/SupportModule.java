package org.iocrun.model;

import java.nio.file.Path;
import java.util.List;

/** A loaded {@code *.ibek.support.yaml}: a module name and its entity models in file order. */
public record SupportModule(String module, List<EntityModel> entityModels, Path file) {

    public SupportModule {
        entityModels = List.copyOf(entityModels);
    }
}
