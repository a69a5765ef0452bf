package org.iocrun.loading;

import org.iocrun.diagnostics.Problems;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.model.Builtins;
import org.iocrun.model.EntityInstance;
import org.iocrun.model.EntityModel;
import org.iocrun.model.EntityTypes;
import org.iocrun.model.IocInstance;
import org.iocrun.model.Parameter;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;
import org.iocrun.yaml.YamlLoader;
import org.iocrun.yaml.YamlValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an instance file ({@code ioc.yaml}, {@code runtime.yaml}, ibek-behaviour §4 instance YAML) and checks every
 * entity against its type: unknown types and parameters (with the closest known names), missing required parameters,
 * values of the wrong type (with the parameter's type and description). All problems of the file are reported together.
 */
public final class InstanceReader {

    private static final Set<String> IOC_KEYS = Set.of("ioc_name", "description", "entities", "shared");

    private final YamlLoader yaml;
    private final EntityTypes types;

    public InstanceReader(YamlLoader yaml, EntityTypes types) {
        this.yaml = yaml;
        this.types = types;
    }

    public IocInstance read(Path file) throws UserError {
        Problems problems = new Problems();
        IocInstance instance = read(file, problems);
        problems.throwIfErrors();
        return instance;
    }

    /**
     * Reads what can be read: the entities that check out, with every problem of the others added to
     * {@code problems}, so later stages can still report their own errors. Null when the file cannot be read.
     */
    public IocInstance read(Path file, Problems problems) {
        Optional<YNode> root;
        try {
            root = yaml.load(file);
        } catch (UserError e) {
            problems.addAll(e.problems());
            return null;
        }
        if (root.isEmpty()) {
            problems.error(new SourcePosition(file, 1, 1), "instance file is empty",
                    "expected a mapping with 'ioc_name', 'description' and 'entities'");
            return null;
        }
        return read(root.get(), file, problems);
    }

    IocInstance read(YNode root, Path file, Problems problems) {
        if (!(root instanceof YMap map)) {
            problems.error(root.position(), "an instance file must be a mapping, got " + root.kindName(),
                    "expected 'ioc_name', 'description' and 'entities' keys");
            return null;
        }
        MappingReader r = new MappingReader(map, "the instance file", problems);
        r.rejectUnknown(IOC_KEYS);
        String iocName = r.requiredString("ioc_name");
        String description = r.requiredString("description");
        if (map.get("entities").isEmpty()) {
            problems.error(map.position(), "the instance file has no 'entities'", "add entities: [...] (it may be empty)");
        }
        r.optionalList("shared");
        List<EntityInstance> entities = new ArrayList<>();
        Set<String> failedIdValues = new HashSet<>();
        for (YNode item : r.optionalList("entities")) {
            EntityInstance entity = readEntity(item, problems);
            if (entity != null) {
                entities.add(entity);
            } else if (item instanceof YMap failed) {
                failedIdValues.addAll(possibleIds(failed));
            }
        }
        SourcePosition namePosition = map.get("ioc_name").map(YNode::position).orElse(map.position());
        return new IocInstance(iocName == null ? "" : iocName, namePosition, description == null ? "" : description,
                entities, file, failedIdValues);
    }

    /**
     * The values a failed entity could have registered as its id: its id parameter's value when its type is known,
     * otherwise every string value it holds (which of them is the id only the unknown type could tell).
     */
    private Set<String> possibleIds(YMap entity) {
        Optional<EntityModel> model = entity.get("type")
                .flatMap(t -> t instanceof YScalar s && s.value() instanceof String name ? types.find(name) : Optional.empty());
        Set<String> values = new HashSet<>();
        for (YNode.YEntry e : entity.entries()) {
            boolean candidate = model.isEmpty() ? !e.keyText().equals("type")
                    : model.get().idParameter().map(p -> p.name().equals(e.keyText())).orElse(false);
            if (candidate && e.value() instanceof YScalar s && s.value() instanceof String text) {
                values.add(text);
            }
        }
        return values;
    }

    private EntityInstance readEntity(YNode node, Problems problems) {
        if (!(node instanceof YMap map)) {
            problems.error(node.position(), "an entity must be a mapping with a 'type', got " + node.kindName());
            return null;
        }
        Optional<YNode> typeNode = map.get("type");
        if (typeNode.isEmpty()) {
            problems.error(map.position(), "entity has no 'type'", "add type: <module>.<entity model>");
            return null;
        }
        if (!(typeNode.get() instanceof YScalar ts && ts.value() instanceof String typeName)) {
            problems.error(typeNode.get().position(), "an entity's 'type' must be a string, got "
                    + MappingReader.describe(typeNode.get()));
            return null;
        }
        Optional<EntityModel> model = types.find(typeName);
        if (model.isEmpty()) {
            problems.error(ts.position(), "unknown entity type '" + typeName + "'", VersionSkew.unknownType(types, typeName));
            return null;
        }
        return bind(model.get(), map, problems);
    }

    /** How messages name an entity of {@code model}; built only for a message, as most entities have none. */
    private static String what(EntityModel model) {
        return "entity " + model.typeName();
    }

    /** Checks an entity's keys and values against its model and converts the values as ibek would. */
    EntityInstance bind(EntityModel model, YMap map, Problems problems) {
        int before = problems.all().size();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, SourcePosition> positions = new LinkedHashMap<>();
        Set<String> blockScalars = new HashSet<>();
        boolean enabled = true;
        for (YNode.YEntry e : map.entries()) {
            String key = e.keyText();
            if (key.equals("type")) {
                continue;
            }
            if (key.equals("entity_enabled")) {
                Boolean b = ValueChecker.toBool(YamlValues.toJava(e.value()));
                if (b == null) {
                    problems.error(e.value().position(), "'entity_enabled' of " + what(model) + " must be true or false, got "
                            + MappingReader.describe(e.value()));
                } else {
                    enabled = b;
                }
                continue;
            }
            Parameter parameter = model.parameters().get(key);
            if (parameter == null) {
                problems.error(e.key().position(), what(model) + " has no parameter '" + key + "'",
                        VersionSkew.unknownParameter(types, model, key));
                continue;
            }
            Object raw = YamlValues.toJava(e.value());
            switch (ValueChecker.check(parameter, raw)) {
                case ValueChecker.Result.Ok ok -> {
                    values.put(key, ok.value());
                    positions.put(key, e.value().position());
                    nestedKeyPositions(key, e.value(), positions);
                    if (e.value() instanceof YNode.YScalar scalar && scalar.block()) {
                        blockScalars.add(key);
                    }
                }
                case ValueChecker.Result.Failed failed -> problems.error(e.value().position(),
                        "parameter '" + key + "' of " + model.typeName() + " expects " + failed.expected() + ", got "
                                + MappingReader.describe(e.value()),
                        key + " (" + parameter.type() + "): " + firstLine(parameter.description()));
            }
        }
        for (Parameter p : model.parameters().values()) {
            if (p.required() && !values.containsKey(p.name()) && map.get(p.name()).isEmpty()) {
                problems.error(map.position(), what(model) + " is missing required parameter '" + p.name() + "'",
                        p.name() + " (" + p.type() + "): " + firstLine(p.description()));
            }
        }
        return problems.all().size() > before ? null
                : new EntityInstance(model, values, enabled, positions, blockScalars, map.position());
    }

    /**
     * Where each key of a mapping value is written, as {@code parameter.key}: an {@code ibek.repeat}'s
     * {@code entity} is checked only when the repeat is expanded, and its errors belong at its keys.
     */
    private static void nestedKeyPositions(String parameter, YNode value, Map<String, SourcePosition> positions) {
        if (value instanceof YMap nested) {
            for (YNode.YEntry n : nested.entries()) {
                String path = parameter + "." + n.keyText();
                positions.put(path, n.key().position());
                // a repeat inside a repeat: its entity's keys one level further down
                nestedKeyPositions(path, n.value(), positions);
            }
        }
    }

    private static String firstLine(String text) {
        String s = text.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl) + " ...";
    }

    /** Whether a type is one of ibek's built-ins, which have no st.cmd or database output. */
    static boolean isBuiltin(EntityModel model) {
        return Builtins.isBuiltin(model);
    }
}
