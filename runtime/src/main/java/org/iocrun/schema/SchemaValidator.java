package org.iocrun.schema;

import org.iocrun.diagnostics.Problem;
import org.iocrun.model.Suggestions;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a YAML document against a JSON schema, reporting each problem at its line and column. It covers what
 * ibek's and our schemas use: {@code type}, {@code const}, {@code enum}, {@code pattern}, {@code properties},
 * {@code required}, {@code additionalProperties}, {@code items}, {@code allOf}, {@code anyOf}, {@code oneOf} (with
 * the OpenAPI {@code discriminator} that picks the branch by a property, such as an entity's {@code type}) and
 * local {@code $ref}s. Other keywords are ignored. Unknown property names and discriminator values get the closest
 * known names as suggestions.
 */
public final class SchemaValidator {

    private static final int MAX_DEPTH = 200;

    private final SchemaDocument schema;
    private final ExpectedText expected;
    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    public SchemaValidator(SchemaDocument schema) {
        this.schema = schema;
        this.expected = new ExpectedText(schema);
    }

    /** Every problem of the document, in document order; empty when it is valid. */
    public List<Problem> validate(YNode document) {
        List<Problem> problems = new ArrayList<>();
        check(document, schema.root(), Where.ROOT, problems, 0);
        problems.sort(Comparator.comparingInt((Problem p) -> p.position().line()).thenComparingInt(p -> p.position().column()));
        return problems;
    }

    /** Where a node is, for messages: its path from the root and the closest enclosing discriminated branch. */
    private record Where(String path, String branch) {
        static final Where ROOT = new Where("", null);

        Where key(String key) {
            return new Where(path.isEmpty() ? key : path + "." + key, branch);
        }

        Where item(int index) {
            return new Where(path + "[" + index + "]", branch);
        }

        Where inBranch(String name) {
            return new Where(path, name);
        }

        String label() {
            String base = path.isEmpty() ? "the document" : path;
            return branch == null ? base : base + " (" + branch + ")";
        }
    }

    private void check(YNode node, JsonNode s, Where where, List<Problem> out, int depth) {
        if (depth > MAX_DEPTH || s == null) {
            return;
        }
        if (s.isBoolean()) {
            if (!s.booleanValue()) {
                out.add(Problem.error(node.position(), where.label() + ": no value is allowed here"));
            }
            return;
        }
        if (!s.isObject()) {
            return;
        }
        if (s.has("$ref")) {
            String reference = s.get("$ref").asString();
            Optional<JsonNode> target = schema.resolve(reference);
            if (target.isEmpty()) {
                out.add(Problem.error(node.position(), where.label() + ": the schema's reference " + reference
                        + " does not resolve", "check the schema file " + schema.file()));
                return;
            }
            check(node, target.get(), where, out, depth + 1);
        }
        if (!checkType(node, s, where, out)) {
            return;
        }
        checkValue(node, s, where, out);
        if (node instanceof YMap map) {
            checkMapping(map, s, where, out, depth);
        }
        if (node instanceof YList list && s.has("items")) {
            for (int i = 0; i < list.items().size(); i++) {
                check(list.items().get(i), s.get("items"), where.item(i), out, depth + 1);
            }
        }
        if (s.has("allOf")) {
            s.get("allOf").forEach(part -> check(node, part, where, out, depth + 1));
        }
        for (String union : List.of("anyOf", "oneOf")) {
            if (s.has(union)) {
                checkUnion(node, s, union, where, out, depth);
            }
        }
    }

    /** The {@code type} keyword; false (and one problem) when the node has none of the allowed types. */
    private boolean checkType(YNode node, JsonNode s, Where where, List<Problem> out) {
        if (!s.has("type") || hasType(node, s.get("type"))) {
            return true;
        }
        out.add(mismatch(node, s, where));
        return false;
    }

    private static boolean hasType(YNode node, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (YamlAsJson.hasType(node, t.asString())) {
                    return true;
                }
            }
            return false;
        }
        return YamlAsJson.hasType(node, type.asString());
    }

    private void checkValue(YNode node, JsonNode s, Where where, List<Problem> out) {
        if (s.has("const") && !YamlAsJson.isEqual(node, s.get("const"))) {
            out.add(mismatch(node, s, where));
        } else if (s.has("enum") && !inEnum(node, s.get("enum"))) {
            List<String> names = new ArrayList<>();
            s.get("enum").forEach(v -> names.add(v.asString()));
            String text = YamlAsJson.stringValue(node);
            String hint = text == null ? "" : Suggestions.didYouMean(Suggestions.closest(text, names, 3));
            out.add(Problem.error(node.position(), where.label() + ": expected " + expected.of(s) + ", got "
                    + YamlAsJson.describe(node), hint));
        }
        String text = YamlAsJson.stringValue(node);
        if (text != null && s.has("pattern") && !matches(s.get("pattern").asString(), text)) {
            out.add(mismatch(node, s, where));
        }
    }

    private static boolean inEnum(YNode node, JsonNode values) {
        for (JsonNode value : values) {
            if (YamlAsJson.isEqual(node, value)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(String regex, String text) {
        Pattern pattern = patterns.computeIfAbsent(regex, r -> {
            try {
                return Pattern.compile(r);
            } catch (PatternSyntaxException e) {
                return null;
            }
        });
        // a pattern Java cannot read is not the document's fault
        return pattern == null || pattern.matcher(text).find();
    }

    private void checkMapping(YMap map, JsonNode s, Where where, List<Problem> out, int depth) {
        JsonNode properties = s.has("properties") ? s.get("properties") : null;
        JsonNode additional = s.get("additionalProperties");
        for (YEntry entry : map.entries()) {
            String key = entry.keyText();
            if (properties != null && properties.has(key)) {
                check(entry.value(), properties.get(key), where.key(key), out, depth + 1);
            } else if (additional != null && additional.isBoolean() && !additional.booleanValue()) {
                out.add(unknownProperty(entry, properties, where));
            } else if (additional != null && additional.isObject()) {
                check(entry.value(), additional, where.key(key), out, depth + 1);
            }
        }
        if (s.has("required")) {
            for (JsonNode name : s.get("required")) {
                if (map.get(name.asString()).isEmpty()) {
                    JsonNode property = properties == null ? null : properties.get(name.asString());
                    out.add(Problem.error(map.position(), where.label() + ": missing required property '"
                            + name.asString() + "'", describe(name.asString(), property)));
                }
            }
        }
    }

    private Problem unknownProperty(YEntry entry, JsonNode properties, Where where) {
        List<String> known = new ArrayList<>();
        if (properties != null) {
            properties.propertyNames().forEach(known::add);
        }
        String hint = Suggestions.didYouMean(Suggestions.closest(entry.keyText(), known, 3));
        if (hint.isEmpty()) {
            hint = known.isEmpty() ? "no properties are allowed here" : "allowed: " + String.join(", ", known);
        }
        return Problem.error(entry.key().position(), where.label() + ": unknown property '" + entry.keyText() + "'", hint);
    }

    private void checkUnion(YNode node, JsonNode s, String keyword, Where where, List<Problem> out, int depth) {
        if (s.has("discriminator") && node instanceof YMap map) {
            checkDiscriminated(map, s, keyword, where, out, depth);
            return;
        }
        List<List<Problem>> results = new ArrayList<>();
        List<JsonNode> applicable = new ArrayList<>();
        int passed = 0;
        for (JsonNode branch : s.get(keyword)) {
            List<Problem> problems = new ArrayList<>();
            check(node, branch, where, problems, depth + 1);
            passed += problems.isEmpty() ? 1 : 0;
            if (kindFits(node, branch)) {
                applicable.add(branch);
                results.add(problems);
            }
        }
        if (passed == 0) {
            // a mapping or list that fits one branch's type: that branch's deeper problems say more than "expected X or Y"
            boolean deeper = applicable.size() == 1 && (node instanceof YMap || node instanceof YList);
            out.addAll(deeper ? results.getFirst() : List.of(mismatch(node, s, where)));
        } else if (passed > 1 && keyword.equals("oneOf")) {
            out.add(Problem.error(node.position(), where.label() + ": the value matches more than one alternative of the schema",
                    "expected exactly one of: " + expected.of(s)));
        }
    }

    /** Whether the branch's (referenced) type admits the node's kind, so that its deeper problems are the relevant ones. */
    private boolean kindFits(YNode node, JsonNode branch) {
        JsonNode target = branch;
        for (int i = 0; i < 20 && target.isObject() && target.has("$ref"); i++) {
            target = schema.resolve(target.get("$ref").asString()).orElse(target.get("$ref"));
        }
        return !target.isObject() || !target.has("type") || hasType(node, target.get("type"));
    }

    private void checkDiscriminated(YMap map, JsonNode s, String keyword, Where where, List<Problem> out, int depth) {
        String property = s.get("discriminator").path("propertyName").asString("type");
        Map<String, JsonNode> branches = discriminatedBranches(s, keyword, property);
        Optional<YNode> value = map.get(property);
        if (value.isEmpty()) {
            out.add(Problem.error(map.position(), where.label() + ": missing '" + property + "'",
                    "expected " + property + ": " + listed(branches.keySet())));
            return;
        }
        String name = YamlAsJson.stringValue(value.get());
        JsonNode branch = name == null ? null : branches.get(name);
        if (branch == null) {
            String hint = name == null ? "" : Suggestions.didYouMean(Suggestions.closest(name, branches.keySet(), 3));
            out.add(Problem.error(value.get().position(), where.label() + ": unknown " + property + " "
                    + (name == null ? YamlAsJson.describe(value.get()) : "'" + name + "'"),
                    hint.isEmpty() ? "expected one of: " + listed(branches.keySet()) : hint));
            return;
        }
        check(map, branch, where.inBranch(name), out, depth + 1);
    }

    /** Discriminator value to branch: from the {@code mapping}, else from each branch's constant property. */
    private Map<String, JsonNode> discriminatedBranches(JsonNode s, String keyword, String property) {
        Map<String, JsonNode> branches = new LinkedHashMap<>();
        JsonNode mapping = s.get("discriminator").get("mapping");
        if (mapping != null && mapping.isObject()) {
            mapping.properties().forEach(e -> branches.put(e.getKey(),
                    tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("$ref", e.getValue().asString())));
            return branches;
        }
        for (JsonNode branch : s.get(keyword)) {
            JsonNode target = branch.has("$ref") ? schema.resolve(branch.get("$ref").asString()).orElse(branch) : branch;
            JsonNode constant = target.path("properties").path(property).path("const");
            if (constant.isString()) {
                branches.put(constant.asString(), branch);
            }
        }
        return branches;
    }

    private Problem mismatch(YNode node, JsonNode s, Where where) {
        return Problem.error(node.position(), where.label() + ": expected " + expected.of(s) + ", got "
                + YamlAsJson.describe(node), descriptionOf(s));
    }

    private static String describe(String name, JsonNode property) {
        String description = property == null ? "" : descriptionOf(property);
        return description.isEmpty() ? "" : name + ": " + description;
    }

    /**
     * The first line of the schema's description; for a union, that of its first branch that is not a template
     * string (ibek's templatable parameters keep the parameter's description there).
     */
    private static String descriptionOf(JsonNode s) {
        for (String union : List.of("anyOf", "oneOf")) {
            for (JsonNode branch : s.path(union)) {
                if (branch.has("description") && !branch.has("pattern")) {
                    return firstLine(branch.get("description").asString());
                }
            }
        }
        return s.has("description") ? firstLine(s.get("description").asString()) : "";
    }

    private static String firstLine(String text) {
        String stripped = text.strip();
        int newline = stripped.indexOf('\n');
        return newline < 0 ? stripped : stripped.substring(0, newline) + " ...";
    }

    private static String listed(Set<String> names) {
        List<String> list = new ArrayList<>(new LinkedHashSet<>(names));
        if (list.size() > 8) {
            return String.join(", ", list.subList(0, 8)) + ", ... (" + list.size() + " in all)";
        }
        return String.join(", ", list);
    }
}
