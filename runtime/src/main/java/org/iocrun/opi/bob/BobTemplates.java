package org.iocrun.opi.bob;

import static org.iocrun.opi.bob.XmlNode.element;

/**
 * The widget templates of pvi's DLS {@code .bob} theme (pvi 0.13.1-10-g8e6f256f), as they appear in the
 * screens it writes. Leaf {@code <font>} and {@code <color>} elements keep the whitespace they had in pvi's
 * template file (a newline and the indentation of their depth there), because lxml copies it verbatim.
 *
 * <p>{@link #CHECK_BOX}, {@link #PROGRESS_BAR}, {@link #TABLE} and {@link #IMAGE} do not occur in any screen of the
 * conformance corpus; they follow pvi's published light theme and are unverified.
 */
final class BobTemplates {

    private BobTemplates() {
    }

    static final XmlNode DISPLAY = element("display", null,
            element("name", "Display"),
            element("x", "0"),
            element("y", "0").withAttribute("use_class", "true"),
            element("width", "1000"),
            element("height", "800"),
            color("background_color", 1, 245, 247, 250),
            element("grid_step_x", "4"),
            element("grid_step_y", "4"))
            .withAttribute("version", "2.0.0");

    static final XmlNode TITLE = widget("label", "2.0.0", "Title",
            element("class", "TITLE"),
            element("text", "Title"),
            element("x", "0").withAttribute("use_class", "true"),
            element("y", "0").withAttribute("use_class", "true"),
            element("width", "550"),
            element("height", "31"),
            element("font", null, element("font", blank(3))
                    .withAttribute("name", "Header 1").withAttribute("family", "Liberation Sans")
                    .withAttribute("style", "BOLD").withAttribute("size", "22.0"))
                    .withAttribute("use_class", "true"),
            element("foreground_color", null, element("color", blank(3)).withAttribute("name", "Text")
                    .withAttribute("red", "0").withAttribute("green", "0").withAttribute("blue", "0"))
                    .withAttribute("use_class", "true"),
            element("transparent", "true").withAttribute("use_class", "true"),
            element("horizontal_alignment", "1"));

    static final XmlNode LABEL = widget("label", "2.0.0", "Label",
            element("text", "Label"),
            position(),
            font(2, "REGULAR", "14.0"),
            element("tooltip", "$(text)"));

    static final XmlNode HEADING = widget("label", "2.0.0", "Heading",
            element("text", "Heading"),
            position(),
            font(2, "BOLD", "16.0"),
            color("foreground_color", 2, 15, 23, 42),
            color("background_color", 2, 246, 247, 249),
            element("transparent", "false"),
            element("horizontal_alignment", "1"));

    static final XmlNode TEXT_ENTRY = widget("textentry", "3.0.0", "TextEntry",
            element("pv_name", "TextWrite"),
            position(),
            font(2, "REGULAR", "14.0"),
            color("background_color", 2, 229, 235, 255),
            element("horizontal_alignment", "1"));

    static final XmlNode TEXT_UPDATE = widget("textupdate", "2.0.0", "TextUpdate",
            element("pv_name", "TextRead"),
            position(),
            font(2, "BOLD", "14.0"),
            color("foreground_color", 2, 15, 23, 42),
            color("background_color", 2, 245, 247, 250),
            element("horizontal_alignment", "1"),
            color("border_color", 2, 203, 213, 225));

    static final XmlNode WRITE_PV = widget("action_button", "3.0.0", "WritePV",
            element("actions", null, element("action", null,
                    element("description", "$(name)"),
                    element("pv_name", "$(pv_name)"),
                    element("value", "value")).withAttribute("type", "write_pv")),
            element("pv_name", "SignalX"),
            element("text", "SignalX"),
            position(),
            font(2, "REGULAR", "14.0"),
            color("foreground_color", 2, 255, 255, 255),
            color("background_color", 2, 37, 99, 235),
            element("tooltip", "$(tooltip)"));

    static final XmlNode OPEN_DISPLAY = widget("action_button", "3.0.0", "OpenDisplay",
            element("actions", null, element("action", null,
                    element("description", "Open Display"),
                    element("file", "SubScreenFile"),
                    element("target", "tab")).withAttribute("type", "open_display")),
            element("text", "SubScreen"),
            position(),
            font(2, "REGULAR", "14.0"),
            color("foreground_color", 2, 37, 99, 235),
            color("background_color", 2, 241, 245, 249),
            element("tooltip", "$(actions)"));

    static final XmlNode LED = widget("led", "2.0.0", "LED",
            element("pv_name", "LED"),
            position(),
            element("off_label", "\u25CB"),
            color("off_color", 2, 22, 163, 74),
            element("on_label", "\u25CF"),
            color("on_color", 2, 167, 243, 208),
            font(2, "BOLD", "12.0"),
            element("square", "true"));

    static final XmlNode TOGGLE_BUTTON = widget("slide_button", "2.0.0", "ToggleButton",
            element("pv_name", "ToggleButton"),
            element("label", null),
            position(),
            color("off_color", 2, 229, 235, 255),
            color("on_color", 2, 37, 99, 235),
            font(2, "REGULAR", "14.0"));

    static final XmlNode COMBO_BOX = widget("combo", "2.0.0", "ComboBox",
            element("pv_name", "ComboBox"),
            position(),
            font(2, "REGULAR", "14.0"),
            color("background_color", 2, 229, 235, 255),
            element("items", null, element("item", "item 0"), element("item", "Item 1"), element("item", "Item 2")));

    static final XmlNode GROUP = widget("group", "3.0.0", "Group",
            position(),
            font(2, "REGULAR", "16.0"),
            color("background_color", 2, 246, 247, 249),
            element("transparent", "true"));

    static final XmlNode BIT_FIELD = widget("byte_monitor", "2.0.0", "BitField",
            element("pv_name", "ByteMonitor"),
            element("x", "172"),
            element("y", "412"),
            element("width", "165"),
            color("off_color", 2, 167, 243, 208),
            color("on_color", 2, 22, 163, 74));

    static final XmlNode ARRAY_TRACE = widget("xyplot", "3.0.0", "ArrayTrace",
            position(),
            element("y_axes", null, element("y_axis", null,
                    element("title", "Y"),
                    element("autoscale", "false"),
                    element("log_scale", "false"),
                    element("minimum", "0.0"),
                    element("maximum", "100.0"),
                    element("show_grid", "false"),
                    fontIn("title_font", 4, "BOLD", "14.0"),
                    fontIn("scale_font", 4, "REGULAR", "14.0"),
                    element("on_right", "false"),
                    element("visible", "true"),
                    element("color", null, element("color", blank(5)).withAttribute("name", "Text")
                            .withAttribute("red", "0").withAttribute("green", "0").withAttribute("blue", "0")))),
            element("traces", null, element("trace", null,
                    element("name", "$(traces[0].y_pv)"),
                    element("x_pv", null),
                    element("y_pv", "ArrayTrace"),
                    element("err_pv", null),
                    element("axis", "0"),
                    element("trace_type", "1"),
                    color("color", 4, 0, 0, 255),
                    element("line_width", "1"),
                    element("line_style", "0"),
                    element("point_type", "0"),
                    element("point_size", "10"),
                    element("visible", "true"))));

    static final XmlNode CHECK_BOX = widget("checkbox", "2.0.0", "CheckBox",
            element("pv_name", "CheckBox"),
            element("label", null),
            position(),
            font(2, "REGULAR", "14.0"),
            element("auto_size", "true"));

    static final XmlNode PROGRESS_BAR = widget("progressbar", "2.0.0", "ProgressBar",
            element("pv_name", "sim://sine(0,1,0.1,0.4)"),
            position(),
            color("fill_color", 2, 37, 99, 235),
            color("background_color", 2, 226, 232, 240));

    static final XmlNode TABLE = widget("table", "2.0.0", "Table",
            element("pv_name", "pva://Table"),
            position(),
            element("columns", null, element("column", null,
                    element("name", "Column 1"),
                    element("width", "100"),
                    element("editable", "true"))));

    static final XmlNode IMAGE = widget("image", "2.0.0", "ImageRead",
            element("pv_name", "ImageRead"),
            position());

    private static XmlNode widget(String type, String version, String name, XmlNode... body) {
        XmlNode node = element("widget", null).withAttribute("type", type).withAttribute("version", version)
                .withChild(element("name", name));
        for (XmlNode part : body) {
            node = part.tag().equals("#position") ? node.withChildren(part.children()) : node.withChild(part);
        }
        return node;
    }

    /** Placeholder spliced into a widget as its x, y, width and height. */
    private static XmlNode position() {
        return element("#position", null, element("x", "0"), element("y", "0"), element("width", "0"),
                element("height", "0"));
    }

    /** {@code <font><font family="Cantarell" ...>} with the inner font one level deeper than {@code depth}. */
    private static XmlNode font(int depth, String style, String size) {
        return fontIn("font", depth, style, size);
    }

    private static XmlNode fontIn(String wrapper, int depth, String style, String size) {
        return element(wrapper, null, element("font", blank(depth + 1)).withAttribute("family", "Cantarell")
                .withAttribute("style", style).withAttribute("size", size));
    }

    private static XmlNode color(String wrapper, int depth, int red, int green, int blue) {
        return element(wrapper, null, element("color", blank(depth + 1))
                .withAttribute("red", Integer.toString(red))
                .withAttribute("green", Integer.toString(green))
                .withAttribute("blue", Integer.toString(blue)));
    }

    /** The whitespace text pvi's template file had inside a leaf element at {@code depth} below the root. */
    private static String blank(int depth) {
        return "\n" + "  ".repeat(depth);
    }
}
