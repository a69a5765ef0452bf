package org.iocrun.cli;

import org.iocrun.generation.Generator;
import org.iocrun.opi.PreparedDeviceCache;
import org.iocrun.templating.JinjaEngine;
import org.iocrun.yaml.CacheFolder;
import org.iocrun.yaml.ParsedYamlCache;
import org.iocrun.yaml.YamlLoader;

import java.util.Map;
import java.util.Optional;

/**
 * The long-lived helpers one process needs, made once per command run (the template cache lives in the engine).
 * Passed explicitly rather than held in statics.
 */
record Services(YamlLoader yaml, JinjaEngine jinja, Generator generator) {

    static Services create() {
        Map<String, String> env = System.getenv();
        Optional<CacheFolder> cache = CacheFolder.fromEnvironment(env);
        YamlLoader yaml = new YamlLoader(cache.map(ParsedYamlCache::in));
        JinjaEngine jinja = new JinjaEngine();
        return new Services(yaml, jinja, new Generator(jinja, yaml, cache.map(PreparedDeviceCache::in)));
    }
}
