/**
 * Loading YAML files into positioned node trees with ibek's dialect.
 *
 * <p>{@link org.iocrun.yaml.YamlLoader} reads one document into a {@link org.iocrun.yaml.YNode}
 * tree: YAML 1.2 core-schema scalars typed as ruamel.yaml types them, merge keys applied in ruamel's
 * key order, aliases expanded, duplicate keys refused, and every problem reported as a
 * {@link org.iocrun.diagnostics.UserError} with file, line and column. {@link org.iocrun.yaml.YamlValues}
 * turns a subtree into plain Java maps, lists and values. {@link org.iocrun.yaml.YamlLimits} bounds
 * file size, nesting depth and the expanded node count. {@link org.iocrun.yaml.ParsedYamlCache} keeps parsed trees of
 * definition files on disk in a {@link org.iocrun.yaml.CacheFolder}; {@code ParseErrorCauses} points a syntax error
 * at its cause (an open quote, a key indented too far).
 *
 * <p>This room knows YAML, not ibek: what the trees mean (support modules, instances) is {@code org.iocrun.loading}'s.
 */
package org.iocrun.yaml;
