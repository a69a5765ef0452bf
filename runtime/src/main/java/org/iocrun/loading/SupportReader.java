package org.iocrun.loading;

import org.iocrun.diagnostics.Problems;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.model.Database;
import org.iocrun.model.Define;
import org.iocrun.model.EntityModel;
import org.iocrun.model.EntityPvi;
import org.iocrun.model.EnvVar;
import org.iocrun.model.ParamType;
import org.iocrun.model.Parameter;
import org.iocrun.model.ScriptItem;
import org.iocrun.model.SubEntity;
import org.iocrun.model.SupportModule;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;
import org.iocrun.yaml.YamlLoader;
import org.iocrun.yaml.YamlValues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a support YAML file (format 3.0 and later, ibek-behaviour §2 support YAML format) into a {@link SupportModule},
 * reporting every deviation from ibek's support schema with its position. Unknown keys are errors except inside
 * sub_entities items.
 */
public final class SupportReader {

    private static final Set<String> SUPPORT_KEYS = Set.of("module", "entity_models", "shared");
    private static final Set<String> MODEL_KEYS = Set.of("name", "description", "pre_defines", "parameters",
            "post_defines", "pre_init", "post_init", "databases", "env_vars", "pvi", "sub_entities", "shared");
    private static final Set<String> PARAM_KEYS = Set.of("type", "description", "default");
    private static final Set<String> ENUM_PARAM_KEYS = Set.of("type", "description", "default", "values");
    private static final Set<String> DEFINE_KEYS = Set.of("description", "value", "type");
    private static final Set<String> SCRIPT_KEYS = Set.of("type", "when", "value");
    private static final Set<String> DATABASE_KEYS = Set.of("file", "enabled", "args");
    private static final Set<String> ENV_KEYS = Set.of("name", "value");
    private static final Set<String> PVI_KEYS = Set.of("yaml_path", "ui_index", "ui_macros", "pv", "pv_prefix");
    private static final Set<String> WHEN_COMMENT = Set.of("first", "every", "last");

    private final YamlLoader yaml;

    public SupportReader(YamlLoader yaml) {
        this.yaml = yaml;
    }

    public SupportModule read(Path file) throws UserError {
        Optional<YNode> root = yaml.loadDefinition(file);
        Problems problems = new Problems();
        if (root.isEmpty()) {
            problems.error(SourcePosition.unknown(file), "support file is empty",
                    "expected a mapping with 'module' and 'entity_models'");
            problems.throwIfErrors();
        }
        SupportModule module = read(root.get(), file, problems);
        problems.throwIfErrors();
        return module;
    }

    SupportModule read(YNode root, Path file, Problems problems) {
        if (!(root instanceof YMap map)) {
            problems.error(root.position(), "support file must be a mapping, got " + root.kindName(),
                    "expected 'module' and 'entity_models' keys");
            return new SupportModule("", List.of(), file);
        }
        if (map.get("defs").isPresent() && map.get("entity_models").isEmpty()) {
            problems.error(map.entry("defs").orElseThrow().key().position(),
                    "this support file uses the pre-3.0 ibek format ('defs:' with 'args:' lists)",
                    "convert it to the current format ('entity_models:' with 'parameters:' mappings), e.g. with ibek's ibek2to3 converter");
            return new SupportModule("", List.of(), file);
        }
        MappingReader reader = new MappingReader(map, "the support file", problems);
        reader.rejectUnknown(SUPPORT_KEYS);
        String module = reader.requiredString("module");
        if (map.get("entity_models").isEmpty()) {
            problems.error(map.position(), "the support file has no 'entity_models'", "add entity_models: [...]");
        }
        List<EntityModel> models = new ArrayList<>();
        Map<String, SourcePosition> names = new LinkedHashMap<>();
        for (YNode item : reader.optionalList("entity_models")) {
            EntityModel model = readModel(module == null ? "" : module, item, problems);
            if (model == null) {
                continue;
            }
            SourcePosition earlier = names.putIfAbsent(model.name(), model.position());
            if (earlier != null) {
                problems.error(model.position(), "duplicate entity model name '" + model.name() + "'",
                        "first defined at line " + earlier.line());
                continue;
            }
            models.add(model);
        }
        return new SupportModule(module == null ? "" : module, models, file);
    }

    private EntityModel readModel(String module, YNode node, Problems problems) {
        if (!(node instanceof YMap map)) {
            problems.error(node.position(), "an entity model must be a mapping, got " + node.kindName());
            return null;
        }
        String label = map.get("name") instanceof Optional<YNode> n && n.isPresent() && n.get() instanceof YScalar s
                ? "entity model '" + s.text() + "'" : "an entity model";
        MappingReader r = new MappingReader(map, label, problems);
        r.rejectUnknown(MODEL_KEYS);
        String name = r.requiredString("name");
        String description = r.requiredString("description");
        Map<String, Define> preDefines = readDefines(r, "pre_defines", label, problems);
        Map<String, Parameter> parameters = readParameters(r, label, problems);
        Map<String, Define> postDefines = readDefines(r, "post_defines", label, problems);
        List<ScriptItem> preInit = readScript(r, "pre_init", label, problems);
        List<ScriptItem> postInit = readScript(r, "post_init", label, problems);
        List<Database> databases = new ArrayList<>();
        for (YNode item : r.optionalList("databases")) {
            Optional.ofNullable(readDatabase(item, label, problems)).ifPresent(databases::add);
        }
        List<EnvVar> envVars = new ArrayList<>();
        for (YNode item : r.optionalList("env_vars")) {
            Optional.ofNullable(readEnvVar(item, label, problems)).ifPresent(envVars::add);
        }
        Optional<EntityPvi> pvi = r.optionalMap("pvi").map(m -> readPvi(m, label, problems));
        List<SubEntity> subEntities = new ArrayList<>();
        for (YNode item : r.optionalList("sub_entities")) {
            Optional.ofNullable(readSubEntity(item, label, problems)).ifPresent(subEntities::add);
        }
        if (name == null || description == null) {
            return null;
        }
        return new EntityModel(module, name, description, preDefines, parameters, postDefines, preInit, postInit,
                databases, envVars, pvi, subEntities, map.position());
    }

    private Map<String, Parameter> readParameters(MappingReader r, String label, Problems problems) {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        Optional<YMap> map = r.optionalMap("parameters");
        if (map.isEmpty()) {
            return parameters;
        }
        for (YNode.YEntry e : map.get().entries()) {
            Parameter p = readParameter(e.keyText(), e.value(), label, problems);
            if (p != null) {
                parameters.put(p.name(), p);
            }
        }
        return parameters;
    }

    private Parameter readParameter(String name, YNode node, String label, Problems problems) {
        String what = "parameter '" + name + "' of " + label;
        if (!(node instanceof YMap map)) {
            problems.error(node.position(), what + " must be a mapping with 'type' and 'description', got "
                    + node.kindName());
            return null;
        }
        MappingReader r = new MappingReader(map, what, problems);
        String typeName = r.requiredString("type");
        if (typeName == null) {
            return null;
        }
        Optional<ParamType> type = ParamType.fromYaml(typeName);
        if (type.isEmpty()) {
            problems.error(map.get("type").orElseThrow().position(), "unknown parameter type '" + typeName + "' for " + what,
                    "expected one of: str, int, float, bool, enum, id, object, list, dict");
            return null;
        }
        r.rejectUnknown(type.get() == ParamType.ENUM ? ENUM_PARAM_KEYS : PARAM_KEYS);
        String description = r.requiredString("description");
        Object defaultValue = r.present("default").map(d -> checkedDefault(type.get(), d, what, problems)).orElse(null);
        Map<Object, Object> enumValues = Map.of();
        if (type.get() == ParamType.ENUM) {
            enumValues = readEnumValues(r, what, problems);
        }
        return description == null ? null
                : new Parameter(name, type.get(), description, defaultValue, enumValues, map.position());
    }

    /**
     * Checks a default against ibek's support model (ibek-behaviour §2.3 parameter types, first column) and returns it
     * as a Java value. ibek's {@code parameters.py} declares int/float/bool defaults as {@code Optional[Union[T,
     * JinjaStr]]}, which pydantic validates in lax mode: a Jinja string stays a string, anything else is converted by
     * T's lax rules ({@code "5"} → 5, {@code 1} → 1.0 for a float, {@code "yes"} or {@code 1} → True for a bool).
     */
    private static Object checkedDefault(ParamType type, YNode node, String what, Problems problems) {
        Object value = YamlValues.toJava(node);
        Object checked = type.acceptsJinjaString() && Jinja.isTemplate(value) ? value : switch (type) {
            case STR, ID -> value instanceof String ? value : null;
            case INT -> ValueChecker.toInt(value);
            case FLOAT -> ValueChecker.toFloat(value);
            case BOOL -> ValueChecker.toBool(value);
            case LIST -> value instanceof List<?> ? value : null;
            case DICT -> value instanceof Map<?, ?> ? value : null;
            case ENUM, OBJECT -> value;
        };
        if (checked == null && value != null) {
            problems.error(node.position(), "the default of " + what + " must be " + type.expectation()
                    + (type.acceptsJinjaString() ? " or a Jinja template string" : "") + ", got "
                    + MappingReader.describe(node));
            return null;
        }
        return checked;
    }

    private static Map<Object, Object> readEnumValues(MappingReader r, String what, Problems problems) {
        Optional<YNode> node = r.present("values");
        if (node.isEmpty()) {
            problems.error(r.map().position(), what + " is an enum without 'values'",
                    "add values: {key: value, ...}");
            return Map.of();
        }
        if (!(node.get() instanceof YMap values)) {
            problems.error(node.get().position(), "'values' of " + what + " must be a mapping of keys to values");
            return Map.of();
        }
        Map<Object, Object> result = new LinkedHashMap<>();
        for (YNode.YEntry e : values.entries()) {
            result.put(e.key().value(), YamlValues.toJava(e.value()));
        }
        return result;
    }

    private Map<String, Define> readDefines(MappingReader r, String key, String label, Problems problems) {
        Map<String, Define> defines = new LinkedHashMap<>();
        Optional<YMap> map = r.optionalMap(key);
        if (map.isEmpty()) {
            return defines;
        }
        for (YNode.YEntry e : map.get().entries()) {
            String what = key + " '" + e.keyText() + "' of " + label;
            if (!(e.value() instanceof YMap dm)) {
                problems.error(e.value().position(), what + " must be a mapping with 'description' and 'value'");
                continue;
            }
            MappingReader d = new MappingReader(dm, what, problems);
            d.rejectUnknown(DEFINE_KEYS);
            String description = d.requiredString("description");
            Optional<YNode> value = d.node("value");
            if (value.isEmpty()) {
                problems.error(dm.position(), what + " has no 'value'", "add value: <template or literal>");
            }
            String typeName = d.optionalString("type", "str");
            Optional<ParamType> type = typeName == null ? Optional.empty()
                    : ParamType.fromYaml(typeName).filter(ParamType::isDefineType);
            if (typeName != null && type.isEmpty()) {
                problems.error(dm.get("type").orElseThrow().position(), "unknown define type '" + typeName + "' for " + what,
                        "expected one of: str, int, float, bool, list");
            }
            if (description != null && value.isPresent() && type.isPresent()) {
                defines.put(e.keyText(), new Define(e.keyText(), description, YamlValues.toJava(value.get()),
                        type.get(), value.get().position()));
            }
        }
        return defines;
    }

    private List<ScriptItem> readScript(MappingReader r, String key, String label, Problems problems) {
        List<ScriptItem> items = new ArrayList<>();
        for (YNode node : r.optionalList(key)) {
            String what = "a " + key + " item of " + label;
            if (!(node instanceof YMap map)) {
                problems.error(node.position(), what + " must be a mapping with 'value'", "write - value: <text>");
                continue;
            }
            MappingReader s = new MappingReader(map, what, problems);
            s.rejectUnknown(SCRIPT_KEYS);
            String type = s.optionalString("type", "text");
            String when = s.optionalString("when", "every");
            String value = s.optionalString("value", "");
            ScriptItem.Kind kind = switch (type == null ? "text" : type) {
                case "text" -> ScriptItem.Kind.TEXT;
                case "comment" -> ScriptItem.Kind.COMMENT;
                default -> {
                    problems.error(map.get("type").orElseThrow().position(), "unknown " + key + " item type '" + type + "'",
                            "expected text or comment");
                    yield null;
                }
            };
            if (kind == ScriptItem.Kind.COMMENT && when != null && !WHEN_COMMENT.contains(when)) {
                problems.error(map.get("when").orElseThrow().position(), "'when' of a comment must be first, every or last, got '" + when + "'");
                continue;
            }
            if (kind != null && when != null && value != null) {
                items.add(new ScriptItem(kind, when, value, map.position()));
            }
        }
        return items;
    }

    private Database readDatabase(YNode node, String label, Problems problems) {
        String what = "a databases item of " + label;
        if (!(node instanceof YMap map)) {
            problems.error(node.position(), what + " must be a mapping with 'file' and 'args'");
            return null;
        }
        MappingReader r = new MappingReader(map, what, problems);
        r.rejectUnknown(DATABASE_KEYS);
        String file = r.requiredString("file");
        String enabled = r.optionalString("enabled", "True");
        if (map.get("args").isEmpty()) {
            problems.error(map.position(), what + " has no 'args'", "add args: {} (it may be empty)");
            return null;
        }
        Map<String, String> args = stringMap(r, "args", what, problems);
        if (file == null || enabled == null) {
            return null;
        }
        return new Database(file, enabled, args, map.position());
    }

    /** A mapping of strings to strings or nulls; null when the key's value is null. */
    private static Map<String, String> stringMap(MappingReader r, String key, String what, Problems problems) {
        Optional<YMap> map = r.optionalMap(key);
        if (map.isEmpty()) {
            return null;
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (YNode.YEntry e : map.get().entries()) {
            if (e.value() instanceof YScalar s && (s.value() == null || s.value() instanceof String)) {
                result.put(e.keyText(), (String) s.value());
            } else {
                problems.error(e.value().position(), "'" + e.keyText() + "' in '" + key + "' of " + what
                        + " must be a string or empty, got " + MappingReader.describe(e.value()),
                        "quote the value");
            }
        }
        return result;
    }

    private EnvVar readEnvVar(YNode node, String label, Problems problems) {
        String what = "an env_vars item of " + label;
        if (!(node instanceof YMap map)) {
            problems.error(node.position(), what + " must be a mapping with 'name' and 'value'");
            return null;
        }
        MappingReader r = new MappingReader(map, what, problems);
        r.rejectUnknown(ENV_KEYS);
        String name = r.requiredString("name");
        String value = r.requiredString("value");
        return name == null || value == null ? null : new EnvVar(name, value, map.position());
    }

    private EntityPvi readPvi(YMap map, String label, Problems problems) {
        String what = "the pvi block of " + label;
        MappingReader r = new MappingReader(map, what, problems);
        r.rejectUnknown(PVI_KEYS);
        String yamlPath = r.requiredString("yaml_path");
        boolean uiIndex = r.optionalBool("ui_index", true);
        Map<String, String> uiMacros = stringMap(r, "ui_macros", what, problems);
        boolean pv = r.optionalBool("pv", false);
        String pvPrefix = r.optionalString("pv_prefix", "");
        return yamlPath == null ? null : new EntityPvi(yamlPath, uiIndex, uiMacros, pv, pvPrefix == null ? "" : pvPrefix,
                map.position());
    }

    private SubEntity readSubEntity(YNode node, String label, Problems problems) {
        String what = "a sub_entities item of " + label;
        if (!(node instanceof YMap map)) {
            problems.error(node.position(), what + " must be a mapping with 'type'");
            return null;
        }
        MappingReader r = new MappingReader(map, what, problems);
        String type = r.requiredString("type");
        r.optionalBool("entity_enabled", true);
        if (type == null) {
            return null;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (YNode.YEntry e : map.entries()) {
            fields.put(e.keyText(), YamlValues.toJava(e.value()));
        }
        return new SubEntity(type, fields, map.position());
    }
}
