package org.iocrun.generation;

import org.iocrun.diagnostics.Problems;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.InstanceReader;
import org.iocrun.loading.VersionSkew;
import org.iocrun.model.Builtins;
import org.iocrun.model.EntityInstance;
import org.iocrun.model.IocInstance;
import org.iocrun.opi.OpiGenerator;
import org.iocrun.opi.OpiOutputs;
import org.iocrun.opi.PreparedDeviceCache;
import org.iocrun.opi.PviEntity;
import org.iocrun.opi.PviSubstitution;
import org.iocrun.opi.device.PositionedYamlFileReader;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.PyValues;
import org.iocrun.yaml.YamlLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns instance files and support definitions into st.cmd, ioc.subst and wait_list.yaml with ibek's evaluation
 * order (ibek-behaviour §3.8 evaluation order): phase 1 of each file's top-level entities then its enum fixup,
 * sub-entity expansion, then st.cmd (env_vars, pre_init, post_init) and ioc.subst. Every input problem is collected
 * before anything is produced.
 */
public final class Generator {

    private final JinjaEngine engine;
    private final YamlLoader yaml;
    private final Optional<PreparedDeviceCache> pviCache;

    public Generator(JinjaEngine engine, YamlLoader yaml) {
        this(engine, yaml, Optional.empty());
    }

    /** @param pviCache where prepared pvi devices are kept between runs, if anywhere */
    public Generator(JinjaEngine engine, YamlLoader yaml, Optional<PreparedDeviceCache> pviCache) {
        this.engine = engine;
        this.yaml = yaml;
        this.pviCache = pviCache;
    }

    public GeneratedFiles generate(GenerationRequest request) throws UserError {
        if (request.instanceFiles().isEmpty()) {
            throw new UserError(org.iocrun.diagnostics.Problem.error(SourcePosition.unknown(null),
                    "no instance files to generate from", "give an ioc.yaml or a config folder holding one"));
        }
        RunContext run = new RunContext(engine, request.environment());
        run.iocYamlFileName = stem(request.instanceFiles().getFirst());
        TemplateRenderer renderer = new TemplateRenderer(run);
        EntityFactory factory = new EntityFactory(run, renderer);
        Problems problems = new Problems();
        InstanceReader reader = new InstanceReader(yaml, request.types());

        List<Entity> topLevel = new ArrayList<>();
        String firstIocName = null;
        for (Path file : request.instanceFiles()) {
            IocInstance instance = reader.read(file, problems);
            if (instance == null) {
                continue;
            }
            run.iocName = renderIocName(renderer, instance, problems);
            firstIocName = firstIocName == null ? run.iocName : firstIocName;
            run.ids.markFailed(instance.failedIdValues());
            List<Entity> fileEntities = new ArrayList<>();
            for (EntityInstance ei : instance.entities()) {
                factory.createOrReport(ei.model(), ei.values(), ei.enabled(), ei.valuePositions(), ei.blockScalars(),
                        ei.position(), origin(ei), problems).ifPresent(fileEntities::add);
            }
            fileEntities.forEach(EntityFactory::fixupEnums);
            warnDisabledParents(fileEntities, problems);
            topLevel.addAll(fileEntities);
        }
        VersionSkew.throwIfErrors(problems, request.instanceFiles().getFirst());

        List<Entity> flat = new EntityExpander(request.types(), renderer, factory, problems).expand(topLevel);
        problems.throwIfErrors();

        List<WaitIp> waits = WaitIp.in(flat);
        List<Entity> output = flat.stream().filter(e -> !e.isBuiltin() && e.enabled()).toList();
        String iocDir = request.environment().getOrDefault("IOC", "");
        String runtimeDir = request.environment().getOrDefault("RUNTIME_DIR", "");
        String iocName = firstIocName == null ? "" : firstIocName;
        try {
            Optional<OpiOutputs> opi = Optional.empty();
            if (request.pvi().isPresent()) {
                List<PviEntity> pviEntities = PviInputs.render(flat, renderer);
                PviSettings settings = request.pvi().get();
                opi = Optional.of(new OpiGenerator(settings.pviDefs(), settings.configDir(),
                        new PositionedYamlFileReader(yaml), pviCache).generate(iocName, pviEntities));
            }
            String stCmd = new StCmdAssembler(renderer, problems, request.annotate()).assemble(output, iocDir, runtimeDir);
            IocSubstAssembler subst = new IocSubstAssembler(renderer, run, problems);
            for (Entity e : output) {
                subst.add(e);
            }
            if (opi.isPresent()) {
                for (PviSubstitution row : opi.get().substitutions()) {
                    subst.addRow(new IocSubstAssembler.Row(row.file(), List.copyOf(row.args().keySet()),
                            List.copyOf(row.args().values()), SourcePosition.unknown(null), "pvi"));
                }
            }
            return new GeneratedFiles(stCmd, subst.text(), Optional.ofNullable(WaitListWriter.text(waits)), flat,
                    iocName, subst.rows(), opi, problems.warnings(), environmentLookups(run));
        } catch (GenerationFailure f) {
            f.reportTo(problems);
            problems.throwIfErrors();
            throw new IllegalStateException("unreachable");
        }
    }

    /** What the generation read of the environment: the names baked into st.cmd and every {@code get_env}. */
    private static Set<String> environmentLookups(RunContext run) {
        Set<String> names = new LinkedHashSet<>(List.of("IOC", "RUNTIME_DIR"));
        names.addAll(run.globals.environmentLookups());
        return names;
    }

    private static String renderIocName(TemplateRenderer renderer, IocInstance instance, Problems problems) {
        try {
            return PyValues.str(renderer.render(instance.iocName(), Map.of(), Coercion.NONE));
        } catch (TemplateRenderer.RenderFailure f) {
            problems.error(instance.iocNamePosition(), "error rendering ioc_name: " + f.getMessage(), EntityFactory.hint(f));
            return "";
        }
    }

    private static void warnDisabledParents(List<Entity> entities, Problems problems) {
        for (Entity e : entities) {
            if (!e.enabled() && !e.model().subEntities().isEmpty()) {
                problems.warning(e.position(), e.typeName() + " is disabled but its " + e.model().subEntities().size()
                        + " sub-entities are still generated (ibek behaviour, reproduced for compatibility)");
            }
        }
    }

    private static String origin(EntityInstance ei) {
        SourcePosition p = ei.position();
        return (p.file() == null ? "<input>" : p.file().getFileName()) + ":" + p.line();
    }

    /** Python's {@code Path.stem}: the file name without its last suffix. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
