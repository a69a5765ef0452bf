package org.iocrun.cli;

import org.iocrun.generation.Generator;
import org.iocrun.loading.ParsedYamlCache;
import org.iocrun.loading.YamlLoader;
import org.iocrun.outputs.opi.PreparedDeviceCache;
import org.iocrun.templating.JinjaEngine;

import java.util.Map;

/**
 * The long-lived helpers one process needs, made once per command run (the template cache lives in the engine).
 * Passed explicitly rather than held in statics.
 */
record Services(YamlLoader yaml, JinjaEngine jinja, Generator generator) {

    static Services create() {
        Map<String, String> env = System.getenv();
        YamlLoader yaml = new YamlLoader(ParsedYamlCache.fromEnvironment(env));
        JinjaEngine jinja = new JinjaEngine();
        return new Services(yaml, jinja, new Generator(jinja, yaml, PreparedDeviceCache.fromEnvironment(env)));
    }
}
