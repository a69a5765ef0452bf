package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;

import java.util.List;

/** A support YAML file ({@code *.ibek.support.yaml}): ibek's {@code Support} model. */
@JsonClassDescription("Lists the EntityModels for a support module, this defines what Entities it supports")
public record Support(
        @Default("[]") @JsonPropertyDescription(Shared.DESCRIPTION) List<Object> shared,
        @JsonPropertyDescription("Support module name, normally the repo name") String module,
        @JsonPropertyDescription("The Entity Models an IOC can create using this module") List<EntityModel> entityModels) {
}
