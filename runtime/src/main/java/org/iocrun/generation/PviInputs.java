package org.iocrun.generation;

import org.iocrun.diagnostics.Problem;
import org.iocrun.model.EntityPvi;
import org.iocrun.opi.PviEntity;
import org.iocrun.templating.PyValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ibek's pvi step (ibek-behaviour §2.8 pvi block, §3.8 evaluation order step 4): for every entity whose model has a
 * {@code pvi} block, enabled or not, render {@code yaml_path} and the {@code ui_macros} (a null macro means
 * "{{ key }}") against the entity. Runs after expansion and before st.cmd, so counters used there advance in ibek's
 * order. {@code pv_prefix} stays raw.
 */
final class PviInputs {

    private PviInputs() {
    }

    static List<PviEntity> render(List<Entity> entities, TemplateRenderer renderer) throws GenerationFailure {
        List<PviEntity> result = new ArrayList<>();
        for (Entity e : entities) {
            if (e.isBuiltin() || e.model().pvi().isEmpty()) {
                continue;
            }
            EntityPvi pvi = e.model().pvi().get();
            if (pvi.uiMacros() == null && (pvi.uiIndex() || pvi.pv())) {
                throw new GenerationFailure(Problem.error(pvi.position(),
                        "the pvi block of " + e.typeName() + " has no ui_macros but ui_index or pv is true",
                        "add ui_macros (ibek fails here with AssertionError)"));
            }
            try {
                String yamlPath = PyValues.str(renderer.render(pvi.yamlPath(), e.mutableFields(), Coercion.IMPLICIT));
                Map<String, String> macros = null;
                if (pvi.uiMacros() != null) {
                    macros = new LinkedHashMap<>();
                    for (Map.Entry<String, String> m : pvi.uiMacros().entrySet()) {
                        String template = m.getValue() == null ? "{{ " + m.getKey() + " }}" : m.getValue();
                        macros.put(m.getKey(), PyValues.str(renderer.render(template, e.mutableFields(), Coercion.IMPLICIT)));
                    }
                }
                result.add(new PviEntity(yamlPath, pvi.uiIndex(), macros, pvi.pv(), pvi.pvPrefix(), e.position()));
            } catch (TemplateRenderer.RenderFailure f) {
                throw new GenerationFailure(Problem.error(pvi.position(), "error rendering the pvi block for "
                        + e.typeName() + " (" + e.origin() + "): " + f.getMessage(),
                        "template: " + EntityFactory.oneLine(f.template)));
            }
        }
        return result;
    }
}
