package org.iocrun.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.iocrun.generation.Generator;
import org.iocrun.launch.AutosaveRequests;
import org.iocrun.launch.EpicsPaths;
import org.iocrun.launch.GenerationInputs;
import org.iocrun.launch.HardwareWait;
import org.iocrun.launch.IbekGenerate;
import org.iocrun.launch.LaunchPlan;
import org.iocrun.launch.Launcher;
import org.iocrun.launch.RuntimeSetStamp;
import org.iocrun.launch.LocalRender;
import org.iocrun.launch.ProcessReplacement;
import org.iocrun.launch.RuntimeAssets;
import org.iocrun.launch.StartFailure;
import org.iocrun.launch.StepLog;
import org.iocrun.launch.Validation;
import org.iocrun.launch.WaitList;
import org.iocrun.loading.DefinitionFiles;
import org.iocrun.loading.Definitions;
import org.iocrun.model.EntityTypes;
import org.iocrun.opi.PreparedDeviceCache;
import org.iocrun.schema.IocSchema;
import org.iocrun.schema.PydanticJson;
import org.iocrun.schema.SchemaDocument;
import org.iocrun.schema.SchemaValidator;
import org.iocrun.schema.SupportSchema;
import org.iocrun.substitution.DbExpander;
import org.iocrun.substitution.ExpansionResult;
import org.iocrun.substitution.IncludePath;
import org.iocrun.substitution.MsiOptions;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.JsonValues;
import org.iocrun.templating.python.GlobalStore;
import org.iocrun.templating.python.TemplateError;
import org.iocrun.yaml.CacheFolder;
import org.iocrun.yaml.ParsedYamlCache;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YamlLoader;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the rooms as docs/internals.md ("Packages") describes them: no package cycles, and {@code cli} reaching
 * the rest only through the use cases' front doors. Each rule also runs on a planted violation
 * ({@code org.iocrun.architecture.planted}) and must reject it, so a rule that silently checks nothing fails.
 */
class ArchitectureTest {

    private static final String ROOT = "org.iocrun";
    private static final String PLANTED = "org.iocrun.architecture.planted";

    private static final JavaClasses IOCRUN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /**
     * What {@code cli} may call: each command's use case (start, render/diff, validate, ibek's generate commands,
     * do-wait, generate-autosave, place-files, msi, template render, the schema commands) with the values of its API,
     * and the services {@code cli.Services} wires (loader, caches, generator, template engine). A class joins this list
     * when it is a use case's front door, never to let a command do a step of its own.
     */
    private static final Set<Class<?>> FRONT_DOORS = Set.of(
            // start: the launcher, its plan, failure and log, who starts it (the runtime set's stamp), the exec
            Launcher.class, LaunchPlan.class, StartFailure.class, StepLog.class, RuntimeSetStamp.class,
            ProcessReplacement.class,
            LocalRender.class, Validation.class, IbekGenerate.class, HardwareWait.class, WaitList.class,
            AutosaveRequests.class, RuntimeAssets.class, EpicsPaths.class,
            YamlLoader.class, YNode.class, ParsedYamlCache.class, CacheFolder.class, PreparedDeviceCache.class,
            GenerationInputs.class, Definitions.class, DefinitionFiles.class, EntityTypes.class,
            Generator.class,
            IocSchema.class, SupportSchema.class, PydanticJson.class, SchemaDocument.class, SchemaValidator.class,
            DbExpander.class, MsiOptions.class, IncludePath.class, ExpansionResult.class,
            JinjaEngine.class, JsonValues.class, GlobalStore.class, TemplateError.class);

    @Test
    void noCycleBetweenRooms() {
        Architecture.roomsFreeOfCycles(ROOT).check(IOCRUN);
    }

    @Test
    void noCycleBetweenPackages() {
        Architecture.packagesFreeOfCycles(ROOT).check(IOCRUN);
    }

    @Test
    void cliCallsOnlyFrontDoors() {
        Architecture.cliUsesOnlyFrontDoors(ROOT, FRONT_DOORS).check(IOCRUN);
    }

    @Test
    void aPlantedCycleIsRejected() {
        JavaClasses planted = new ClassFileImporter().importPackages(PLANTED + ".cycle");
        String root = PLANTED + ".cycle";
        EvaluationResult rooms = Architecture.roomsFreeOfCycles(root).evaluate(planted);
        EvaluationResult packages = Architecture.packagesFreeOfCycles(root).evaluate(planted);
        assertTrue(rooms.hasViolation(), "the planted a <-> b cycle passed the rooms rule");
        assertTrue(packages.hasViolation(), "the planted a <-> b cycle passed the packages rule");
        assertTrue(rooms.getFailureReport().toString().contains("Upstream"), rooms.getFailureReport().toString());
    }

    @Test
    void aPlantedPipelineStepInCliIsRejected() {
        JavaClasses planted = new ClassFileImporter().importPackages(PLANTED + ".cli", PLANTED + ".generation");
        Set<Class<?>> frontDoor = Set.of(org.iocrun.architecture.planted.generation.FrontDoor.class);
        EvaluationResult result = Architecture.cliUsesOnlyFrontDoors(PLANTED, frontDoor).evaluate(planted);
        String report = result.getFailureReport().toString();
        assertTrue(result.hasViolation(), "the planted cli's call of a pipeline step passed");
        assertTrue(report.contains("planted.generation.Step"), report);
        assertFalse(report.contains("FrontDoor"), report);
    }
}
