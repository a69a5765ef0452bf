package org.iocrun.schema.format;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.iocrun.schema.typing.Default;
import org.iocrun.schema.typing.Union;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An entity model of a support file: ibek's {@code EntityModel}. */
@JsonClassDescription("A Model for a class of Entity that an IOC instance may instantiate")
public record EntityModel(
        @JsonPropertyDescription("Publish EntityModel as type <module>.<name> for IOC instances") String name,
        @JsonPropertyDescription("A description of the Support module defined here") String description,
        @Default("{}") @JsonPropertyDescription("Calculated values to use as additional arguments With Jinja evaluation before all Args")
        Map<String, Define> preDefines,
        @Default("{}") @JsonPropertyDescription("The arguments IOC instance should supply") Map<String, Param> parameters,
        @Default("{}") @JsonPropertyDescription("Calculated values to use as additional arguments With Jinja evaluation after all Args")
        Map<String, Define> postDefines,
        @Default("[]") @JsonPropertyDescription("Startup script snippets to add before iocInit()") List<Union<Text, Comment>> preInit,
        @Default("[]") @JsonPropertyDescription("Startup script snippets to add post iocInit(), such as dbpf")
        List<Union<Text, Comment>> postInit,
        @Default("[]") @JsonPropertyDescription("Databases to instantiate") List<Database> databases,
        @Default("[]") @JsonPropertyDescription("Environment variables to set in the boot script") List<EnvironmentVariable> envVars,
        @Default("null") @JsonPropertyDescription("PVI definition for Entity") Optional<EntityPVI> pvi,
        @Default("[]") @JsonPropertyDescription("The sub-entity instances that this collection is to instantiate")
        List<SubEntity> subEntities,
        @Default("[]") @JsonPropertyDescription(Shared.DESCRIPTION) List<Object> shared) {
}
