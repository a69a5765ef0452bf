package org.iocrun.opi.device;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YNode.YEntry;
import org.iocrun.yaml.YNode.YList;
import org.iocrun.yaml.YNode.YMap;
import org.iocrun.yaml.YNode.YScalar;

/**
 * Turns the YAML of one {@code *.pvi.device.yaml} file into a {@link RawDevice}, checking every field the way
 * pvi's models do (unknown keys, missing required fields, wrong kinds and non-PascalCase names are errors).
 */
final class DeviceFileParser {

    private static final String COMPONENT_TYPES =
            "Group, SignalR, SignalW, SignalRW, SignalX, SignalRef, DeviceRef, Include or IgnoredComponent";
    private static final String READ_WIDGETS =
            "TextRead, LED, BitField, ProgressBar, ArrayTrace, ImageRead or TableRead";
    private static final String WRITE_WIDGETS =
            "TextWrite, CheckBox, ToggleButton, ComboBox, ButtonPanel, ArrayWrite or TableWrite";
    private static final String LAYOUTS = "Grid, Row, SubScreen or Plot";

    private final Path file;

    private DeviceFileParser(Path file) {
        this.file = file;
    }

    static RawDevice parse(Path file, YNode root) throws UserError {
        return new DeviceFileParser(file).device(root);
    }

    private RawDevice device(YNode root) throws UserError {
        Fields f = fields(root, "a pvi device (label, parent, children)", Set.of("label", "parent", "children", "type"));
        String label = f.requiredString("label");
        String parent = f.optionalString("parent");
        List<RawNode> children = f.has("children") ? children(f.list("children")) : List.of();
        return new RawDevice(file, label, parent, children);
    }

    private List<RawNode> children(YList list) throws UserError {
        List<RawNode> out = new ArrayList<>();
        for (YNode item : list.items()) {
            out.add(child(item));
        }
        return out;
    }

    private RawNode child(YNode node) throws UserError {
        YMap map = mapping(node, "a component with a type (" + COMPONENT_TYPES + ")");
        String type = typeOf(map, COMPONENT_TYPES);
        return switch (type) {
            case "Group" -> group(map);
            case "SignalR" -> new RawNode.Leaf(signalR(map));
            case "SignalW" -> new RawNode.Leaf(signalW(map));
            case "SignalRW" -> new RawNode.Leaf(signalRW(map));
            case "SignalX" -> new RawNode.Leaf(signalX(map));
            case "SignalRef" -> new RawNode.Leaf(signalRef(map));
            case "DeviceRef" -> new RawNode.Leaf(deviceRef(map));
            case "Include" -> include(map);
            case "IgnoredComponent" -> ignore(map);
            default -> throw unknownType(map, type, COMPONENT_TYPES);
        };
    }

    private RawNode group(YMap map) throws UserError {
        Fields f = componentFields(map, "layout", "children");
        Layout layout = layout(f.required("layout"));
        List<RawNode> kids = children(f.list("children"));
        return new RawNode.RawGroup(f.name(), f.optionalString("label"), f.optionalString("description"), layout,
                kids, map.position());
    }

    private SignalR signalR(YMap map) throws UserError {
        Fields f = componentFields(map, "read_pv", "read_widget");
        ReadWidget widget = f.has("read_widget") ? readWidget(f.required("read_widget")) : defaultTextRead();
        return new SignalR(f.name(), f.optionalString("label"), f.optionalString("description"),
                f.requiredString("read_pv"), widget);
    }

    private SignalW signalW(YMap map) throws UserError {
        Fields f = componentFields(map, "write_pv", "write_widget");
        WriteWidget widget = f.has("write_widget") ? writeWidget(f.required("write_widget")) : defaultTextWrite();
        return new SignalW(f.name(), f.optionalString("label"), f.optionalString("description"),
                f.requiredString("write_pv"), widget);
    }

    private SignalRW signalRW(YMap map) throws UserError {
        Fields f = componentFields(map, "write_pv", "write_widget", "read_pv", "read_widget");
        String writePv = f.requiredString("write_pv");
        WriteWidget write = f.has("write_widget") ? writeWidget(f.required("write_widget")) : defaultTextWrite();
        String readPv = f.optionalString("read_pv");
        ReadWidget read = f.has("read_widget") ? readWidget(f.required("read_widget")) : null;
        if (readPv == null || readPv.isEmpty()) {
            // pvi: without a read_pv the demand PV is also the readback, shown only if a read_widget was given
            readPv = writePv;
        } else if (read == null) {
            read = defaultTextRead();
        }
        return new SignalRW(f.name(), f.optionalString("label"), f.optionalString("description"), writePv, write,
                readPv, read);
    }

    private SignalX signalX(YMap map) throws UserError {
        Fields f = componentFields(map, "write_pv", "value", "write_widget");
        if (f.has("write_widget") && !(writeWidget(f.required("write_widget")) instanceof WriteWidget.ButtonPanel)) {
            throw f.error("write_widget", "a SignalX's write_widget must be a ButtonPanel", "type: ButtonPanel");
        }
        return new SignalX(f.name(), f.optionalString("label"), f.optionalString("description"),
                f.requiredString("write_pv"), f.optionalString("value"));
    }

    private SignalRef signalRef(YMap map) throws UserError {
        Fields f = componentFields(map);
        return new SignalRef(f.name(), f.optionalString("label"), f.optionalString("description"));
    }

    private DeviceRef deviceRef(YMap map) throws UserError {
        Fields f = componentFields(map, "pv", "ui", "macros");
        Map<String, String> macros = f.has("macros") ? stringMap(f.required("macros"), false) : Map.of();
        return new DeviceRef(f.name(), f.optionalString("label"), f.optionalString("description"),
                f.requiredString("pv"), f.requiredString("ui"), macros);
    }

    private RawNode include(YMap map) throws UserError {
        Fields f = fields(map, "an Include (file_name)", Set.of("type", "file_name"));
        return new RawNode.Include(f.requiredString("file_name"), map.position());
    }

    private RawNode ignore(YMap map) throws UserError {
        Fields f = fields(map, "an IgnoredComponent (name)", Set.of("type", "name", "label", "description"));
        return new RawNode.Ignore(f.name());
    }

    private Layout layout(YNode node) throws UserError {
        YMap map = mapping(node, "a layout with a type (" + LAYOUTS + ")");
        String type = typeOf(map, LAYOUTS);
        return switch (type) {
            case "Grid" -> {
                Fields f = fields(map, "a Grid layout", Set.of("type", "labelled", "stacked"));
                yield new Layout.Grid(f.optionalBoolean("labelled", true), f.optionalBoolean("stacked", false));
            }
            case "SubScreen" -> new Layout.SubScreen(fields(map, "a SubScreen layout", Set.of("type", "labelled"))
                    .optionalBoolean("labelled", true));
            case "Row" -> {
                Fields f = fields(map, "a Row layout", Set.of("type", "header"));
                yield new Layout.Row(f.has("header") ? stringList(f.required("header")) : null);
            }
            case "Plot" -> {
                fields(map, "a Plot layout", Set.of("type"));
                yield new Layout.Plot();
            }
            default -> throw unknownType(map, type, LAYOUTS);
        };
    }

    private ReadWidget readWidget(YNode node) throws UserError {
        YMap map = mapping(node, "a read widget with a type (" + READ_WIDGETS + ")");
        String type = typeOf(map, READ_WIDGETS);
        return switch (type) {
            case "TextRead" -> {
                Fields f = fields(map, "a TextRead", Set.of("type", "lines", "format"));
                yield new ReadWidget.TextRead(f.optionalInt("lines", 1), f.format());
            }
            case "LED" -> {
                fields(map, "an LED", Set.of("type"));
                yield new ReadWidget.Led();
            }
            case "BitField" -> {
                Fields f = fields(map, "a BitField", Set.of("type", "labels", "number_of_bits"));
                int bits = f.optionalInt("number_of_bits", 8);
                if (bits <= 0) {
                    throw f.error("number_of_bits", "number_of_bits must be greater than 0", "a positive integer");
                }
                yield new ReadWidget.BitField(f.has("labels") ? stringList(f.required("labels")) : null, bits);
            }
            case "ProgressBar" -> {
                fields(map, "a ProgressBar", Set.of("type"));
                yield new ReadWidget.ProgressBar();
            }
            case "ArrayTrace" -> new ReadWidget.ArrayTrace(
                    fields(map, "an ArrayTrace (axis)", Set.of("type", "axis")).requiredString("axis"));
            case "ImageRead" -> {
                fields(map, "an ImageRead", Set.of("type"));
                yield new ReadWidget.ImageRead();
            }
            case "TableRead" -> {
                Fields f = fields(map, "a TableRead (widgets)", Set.of("type", "widgets"));
                List<ReadWidget> columns = new ArrayList<>();
                if (f.has("widgets")) {
                    for (YNode item : f.list("widgets").items()) {
                        columns.add(readWidget(item));
                    }
                }
                yield new ReadWidget.TableRead(columns);
            }
            default -> throw unknownType(map, type, READ_WIDGETS);
        };
    }

    private WriteWidget writeWidget(YNode node) throws UserError {
        YMap map = mapping(node, "a write widget with a type (" + WRITE_WIDGETS + ")");
        String type = typeOf(map, WRITE_WIDGETS);
        return switch (type) {
            case "TextWrite" -> {
                Fields f = fields(map, "a TextWrite", Set.of("type", "lines", "format"));
                yield new WriteWidget.TextWrite(f.optionalInt("lines", 1), f.format());
            }
            case "CheckBox" -> {
                fields(map, "a CheckBox", Set.of("type"));
                yield new WriteWidget.CheckBox();
            }
            case "ToggleButton" -> {
                fields(map, "a ToggleButton", Set.of("type"));
                yield new WriteWidget.ToggleButton();
            }
            case "ComboBox" -> {
                Fields f = fields(map, "a ComboBox", Set.of("type", "choices"));
                yield new WriteWidget.ComboBox(f.has("choices") ? stringList(f.required("choices")) : List.of());
            }
            case "ButtonPanel" -> {
                Fields f = fields(map, "a ButtonPanel (actions)", Set.of("type", "actions"));
                yield new WriteWidget.ButtonPanel(
                        f.has("actions") ? stringMap(f.required("actions"), true) : Map.of("Go", "1"));
            }
            case "ArrayWrite" -> new WriteWidget.ArrayWrite(
                    writeWidget(fields(map, "an ArrayWrite (widget)", Set.of("type", "widget")).required("widget")));
            case "TableWrite" -> {
                Fields f = fields(map, "a TableWrite (widgets)", Set.of("type", "widgets"));
                List<WriteWidget> columns = new ArrayList<>();
                if (f.has("widgets")) {
                    for (YNode item : f.list("widgets").items()) {
                        columns.add(writeWidget(item));
                    }
                }
                yield new WriteWidget.TableWrite(columns);
            }
            default -> throw unknownType(map, type, WRITE_WIDGETS);
        };
    }

    private static ReadWidget defaultTextRead() {
        return new ReadWidget.TextRead(1, null);
    }

    private static WriteWidget defaultTextWrite() {
        return new WriteWidget.TextWrite(1, null);
    }

    private Fields componentFields(YMap map, String... extra) throws UserError {
        java.util.HashSet<String> allowed = new java.util.HashSet<>(Set.of("type", "name", "label", "description"));
        allowed.addAll(List.of(extra));
        return fields(map, "a " + typeOf(map, COMPONENT_TYPES), allowed);
    }

    private String typeOf(YMap map, String expected) throws UserError {
        YNode type = map.get("type").orElseThrow(() -> new UserError(
                Problem.error(map.position(), "missing key 'type'", "one of " + expected)));
        if (type instanceof YScalar s && s.value() instanceof String text) {
            return text;
        }
        throw new UserError(Problem.error(type.position(), "'type' must be a string, got " + type.kindName(),
                "one of " + expected));
    }

    private UserError unknownType(YMap map, String type, String expected) {
        YNode at = map.get("type").orElseThrow();
        return new UserError(Problem.error(at.position(), "unknown type '" + type + "'", "one of " + expected));
    }

    private YMap mapping(YNode node, String expected) throws UserError {
        if (node instanceof YMap map) {
            return map;
        }
        throw new UserError(Problem.error(node.position(), "expected a mapping, got " + node.kindName(), expected));
    }

    private List<String> stringList(YNode node) throws UserError {
        if (!(node instanceof YList list)) {
            throw new UserError(Problem.error(node.position(), "expected a list, got " + node.kindName(),
                    "a list of strings"));
        }
        List<String> out = new ArrayList<>();
        for (YNode item : list.items()) {
            out.add(text(item, "a string"));
        }
        return out;
    }

    private Map<String, String> stringMap(YNode node, boolean pascalKeys) throws UserError {
        YMap map = mapping(node, "a mapping of names to strings");
        Map<String, String> out = new LinkedHashMap<>();
        for (YEntry e : map.entries()) {
            String key = e.keyText();
            if (pascalKeys && !Names.isPascalCase(key)) {
                throw new UserError(Problem.error(e.key().position(), "'" + key + "' is not PascalCase",
                        "a name like StartAcquire"));
            }
            out.put(key, text(e.value(), "a string"));
        }
        return out;
    }

    /** Scalar text; numbers are taken as written, as pvi's string fields only ever hold text. */
    private static String text(YNode node, String expected) throws UserError {
        if (node instanceof YScalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return s.text();
        }
        throw new UserError(Problem.error(node.position(), "expected " + expected + ", got " + node.kindName()));
    }

    private Fields fields(YNode node, String what, Set<String> allowed) throws UserError {
        YMap map = mapping(node, what);
        for (YEntry e : map.entries()) {
            if (!allowed.contains(e.keyText())) {
                throw new UserError(Problem.error(e.key().position(), "unknown key '" + e.keyText() + "' in " + what,
                        "allowed keys: " + String.join(", ", new java.util.TreeSet<>(allowed))));
            }
        }
        return new Fields(map, what);
    }

    /** Typed access to the keys of one mapping, with errors that name the key and the mapping. */
    private record Fields(YMap map, String what) {

        boolean has(String key) {
            return map.get(key).filter(v -> !(v instanceof YScalar s && s.value() == null)).isPresent();
        }

        YNode required(String key) throws UserError {
            if (!has(key)) {
                throw new UserError(Problem.error(map.position(), "missing key '" + key + "' in " + what));
            }
            return map.get(key).orElseThrow();
        }

        String requiredString(String key) throws UserError {
            return text(required(key), "a string for '" + key + "'");
        }

        String optionalString(String key) throws UserError {
            return has(key) ? requiredString(key) : null;
        }

        String name() throws UserError {
            String name = requiredString("name");
            if (!Names.isPascalCase(name)) {
                throw error("name", "name '" + name + "' is not PascalCase",
                        "capitalised words of letters and digits, like AcquireTime");
            }
            return name;
        }

        YList list(String key) throws UserError {
            YNode node = required(key);
            if (node instanceof YList list) {
                return list;
            }
            throw new UserError(Problem.error(node.position(), "'" + key + "' must be a list, got " + node.kindName()));
        }

        boolean optionalBoolean(String key, boolean otherwise) throws UserError {
            if (!has(key)) {
                return otherwise;
            }
            YNode node = required(key);
            if (node instanceof YScalar s && s.value() instanceof Boolean b) {
                return b;
            }
            throw new UserError(Problem.error(node.position(), "'" + key + "' must be true or false, got "
                    + node.kindName()));
        }

        int optionalInt(String key, int otherwise) throws UserError {
            if (!has(key)) {
                return otherwise;
            }
            YNode node = required(key);
            if (node instanceof YScalar s && s.value() instanceof Long n && n >= Integer.MIN_VALUE
                    && n <= Integer.MAX_VALUE) {
                return n.intValue();
            }
            throw new UserError(Problem.error(node.position(), "'" + key + "' must be an integer, got "
                    + node.kindName()));
        }

        TextFormat format() throws UserError {
            if (!has("format")) {
                return null;
            }
            YNode node = required("format");
            Object value = node instanceof YScalar s ? s.value() : null;
            return TextFormat.fromYaml(value).orElseThrow(() -> new UserError(Problem.error(node.position(),
                    "unknown text format '" + (node instanceof YScalar s ? s.text() : node.kindName()) + "'",
                    TextFormat.allowedNames())));
        }

        UserError error(String key, String message, String hint) {
            SourcePosition at = map.get(key).map(YNode::position).orElse(map.position());
            return new UserError(Problem.error(at, message, hint));
        }
    }
}
