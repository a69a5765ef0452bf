/**
 * Loading YAML files into positioned node trees with ibek's dialect.
 *
 * <p>{@link org.iocrun.loading.YamlLoader} reads one document into a {@link org.iocrun.loading.YNode}
 * tree: YAML 1.2 core-schema scalars typed as ruamel.yaml types them, merge keys applied in ruamel's
 * key order, aliases expanded, duplicate keys refused, and every problem reported as a
 * {@link org.iocrun.diagnostics.UserError} with file, line and column. {@link org.iocrun.loading.YamlValues}
 * turns a subtree into plain Java maps, lists and values. {@link org.iocrun.loading.YamlLimits} bounds
 * file size, nesting depth and the expanded node count.
 */
package org.iocrun.loading;
