package org.iocrun.generation;

import org.iocrun.templating.JinjaEngine;
import org.iocrun.templating.python.GlobalStore;

import java.util.Map;

/**
 * The state one generation run shares between all its renders: ibek keeps this in module globals (UTILS,
 * id_to_entity); here it is an explicit object, so two runs in one process never see each other's counters.
 */
final class RunContext {

    final JinjaEngine engine;
    final GlobalStore globals;
    final IdRegistry ids = new IdRegistry();
    final Map<String, String> environment;
    /** {@code ioc_name}: the rendered name of the most recently loaded instance file ("" before the first). */
    String iocName = "";
    /** {@code ioc_yaml_file_name}: the stem of the first instance file. */
    String iocYamlFileName = "";

    RunContext(JinjaEngine engine, Map<String, String> environment) {
        this.engine = engine;
        this.environment = Map.copyOf(environment);
        this.globals = new GlobalStore(environment::get);
    }
}
