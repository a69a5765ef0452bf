package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.launch.LocalRender;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What render and diff share: where the support files are, the environment, screens and annotations. */
final class RenderOptions {

    final SupportOptions support = new SupportOptions();

    List<String> env = new ArrayList<>();

    boolean pvi;

    boolean annotate;

    void addTo(CommandSpec spec) {
        support.addTo(spec);
        spec.addOption(CommandSpecs.listOption(String.class, env, v -> env = v, "--env")
                .paramLabel("K=V").description("Set an environment variable for the render (repeatable).").build());
        spec.addOption(CommandSpecs.option(boolean.class, pvi, v -> pvi = v, "--pvi")
                .negatable(true).defaultValue("true").fallbackValue("true")
                .description("Generate OPI screens (into opi/) and pvi templates (default: on).").build());
        spec.addOption(CommandSpecs.option(boolean.class, annotate, v -> annotate = v, "--annotate")
                .description("Put a comment above each st.cmd block naming the entity that produced it.").build());
    }

    /** One render of {@code target} into {@code output}, with the container's paths under the user's --env. */
    LocalRender.Request request(Path target, Path output, boolean force) throws UserError {
        return new LocalRender.Request(target, support.definitions, support.pviDefs, pvi, annotate,
                LocalRender.containerEnvironment(System.getenv(), overrides()), output, force);
    }

    /** The {@code --env K=V} pairs, in order. */
    Map<String, String> overrides() throws UserError {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String kv : env) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UserError(Problem.error(SourcePosition.unknown(null), "--env needs K=V, got '" + kv + "'"));
            }
            overrides.put(kv.substring(0, eq), kv.substring(eq + 1));
        }
        return overrides;
    }
}
