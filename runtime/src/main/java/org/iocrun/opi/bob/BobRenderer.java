package org.iocrun.opi.bob;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iocrun.opi.device.ReadWidget;
import org.iocrun.opi.device.TextFormat;
import org.iocrun.opi.device.Widget;
import org.iocrun.opi.device.WriteWidget;
import org.iocrun.opi.layout.Bounds;
import org.iocrun.opi.layout.Placed;
import org.iocrun.opi.layout.Screen;
import org.iocrun.opi.layout.ScreenLayout;

import static org.iocrun.opi.bob.XmlNode.element;

/**
 * Turns a laid-out {@link Screen} into Phoebus display XML, filling pvi's DLS templates the way pvi's
 * {@code BobTemplate.set} does: a value replaces the text of the first element of that name, and an empty
 * value leaves the template's text in place.
 */
public final class BobRenderer {

    /** Marks buttons that open a sub-screen (not index buttons). */
    private static final String SUB_SCREEN_MARK = " \u29C9";

    private BobRenderer() {
    }

    /** The complete {@code .bob} file text for {@code screen}. */
    public static String render(Screen screen) {
        XmlNode display = set(BobTemplates.DISPLAY, screen.bounds(), Map.of());
        display = display.withFirstText("name", screen.title());
        List<XmlNode> widgets = new ArrayList<>();
        if (screen.titled()) {
            widgets.add(set(BobTemplates.TITLE, new Bounds(0, 0, screen.bounds().w(), ScreenLayout.DLS.titleHeight()),
                    Map.of("text", screen.title())));
        }
        Bounds pad = screen.padding();
        for (Placed p : screen.widgets()) {
            widgets.add(widget(p, pad.x(), pad.y()));
        }
        return XmlWriter.write(display.withChildren(widgets));
    }

    private static XmlNode widget(Placed placed, int dx, int dy) {
        Bounds b = placed.bounds().shifted(dx, dy);
        return switch (placed) {
            case Placed.Label l -> set(BobTemplates.LABEL, b, ordered("text", l.text(), "tooltip", l.tooltip()));
            case Placed.Heading h -> set(BobTemplates.HEADING, b, Map.of("text", h.text()));
            case Placed.Action a -> set(BobTemplates.WRITE_PV, b, ordered("text", a.label(), "pv_name", a.pv(),
                    "value", valueText(a.value()), "tooltip", a.pv() + " = " + valueText(a.value()) + "\n$(pv_value)"));
            case Placed.OpenScreen o -> openScreen(o, b);
            case Placed.GroupBox g -> {
                List<XmlNode> children = new ArrayList<>();
                for (Placed child : g.children()) {
                    children.add(widget(child, 0, 0));
                }
                yield set(BobTemplates.GROUP, b, Map.of("name", g.title())).withChildren(children);
            }
            case Placed.PvWidget w -> pvWidget(w, b);
        };
    }

    /** pvi writes Python's {@code str(None)} for a SignalX without a value. */
    private static String valueText(String value) {
        return value == null ? "None" : value;
    }

    private static XmlNode openScreen(Placed.OpenScreen o, Bounds b) {
        String file = o.fileName().endsWith(".bob") ? o.fileName() : o.fileName() + ".bob";
        String text = o.contents() != null ? o.label() + SUB_SCREEN_MARK : o.label();
        XmlNode node = set(BobTemplates.OPEN_DISPLAY, b, ordered("file", file, "text", text));
        if (!o.macros().isEmpty()) {
            XmlNode macros = element("macros", null);
            for (Map.Entry<String, String> m : o.macros().entrySet()) {
                macros = macros.withChild(element(m.getKey(), m.getValue()));
            }
            node = node.withChildInFirst("action", macros);
        }
        return node;
    }

    private static XmlNode pvWidget(Placed.PvWidget w, Bounds b) {
        Map<String, String> pv = Map.of("pv_name", w.pv());
        return switch (w.widget()) {
            case ReadWidget.TextRead t -> withFormat(set(BobTemplates.TEXT_UPDATE, b, pv), t.format());
            case WriteWidget.TextWrite t -> withFormat(set(BobTemplates.TEXT_ENTRY, b, pv), t.format());
            case ReadWidget.Led led -> set(BobTemplates.LED, b.square(), pv);
            case WriteWidget.ToggleButton t -> set(BobTemplates.TOGGLE_BUTTON, b.square(), pv);
            case WriteWidget.CheckBox c -> set(BobTemplates.CHECK_BOX, b, pv);
            case WriteWidget.ComboBox combo -> comboBox(set(BobTemplates.COMBO_BOX, b, pv), combo);
            case ReadWidget.BitField bits -> set(BobTemplates.BIT_FIELD, b.withW(bits.numberOfBits() * 20), pv)
                    .withoutChild("height")
                    .withChild(element("numBits", Integer.toString(bits.numberOfBits())));
            case ReadWidget.ArrayTrace trace -> set(BobTemplates.ARRAY_TRACE, b, Map.of("y_pv", w.pv()))
                    .withChild(element("x_axis", null, element("title", ""), element("autoscale", "true")))
                    .withChild(element("y_axes", null, element("y_axis", null,
                            element("title", trace.axis()), element("autoscale", "true"))));
            case ReadWidget.ProgressBar p -> set(BobTemplates.PROGRESS_BAR, b, pv);
            case ReadWidget.ImageRead i -> set(BobTemplates.IMAGE, b, pv);
            case ReadWidget.TableRead t -> table(w.pv(), b, t.widgets(), false);
            case WriteWidget.TableWrite t -> table(w.pv(), b, t.widgets(), true);
            // the composer turns button panels into write buttons and rejects array writes, as pvi does
            case WriteWidget.ButtonPanel p -> throw new IllegalStateException("button panel reached the renderer");
            case WriteWidget.ArrayWrite a -> throw new IllegalStateException("array write reached the renderer");
        };
    }

    private static XmlNode withFormat(XmlNode node, TextFormat format) {
        return format == null ? node : node.withChild(element("format", format.phoebusCode()));
    }

    private static XmlNode comboBox(XmlNode node, WriteWidget.ComboBox combo) {
        if (combo.choices().isEmpty()) {
            return node;
        }
        XmlNode items = element("items", null);
        for (String choice : combo.choices()) {
            items = items.withChild(element("item", choice));
        }
        return node.withChild(items).withChild(element("items_from_pv", "false"));
    }

    private static XmlNode table(String pv, Bounds b, List<? extends Widget> columns, boolean editable) {
        String name = pv.startsWith("pva://") ? pv : "pva://" + pv;
        XmlNode node = set(BobTemplates.TABLE, b, Map.of("pv_name", name));
        if (columns.isEmpty()) {
            return node;
        }
        XmlNode cols = element("columns", null);
        for (int i = 0; i < columns.size(); i++) {
            Widget column = columns.get(i);
            XmlNode col = element("column", null, element("name", "Column " + (i + 1)),
                    element("editable", column instanceof WriteWidget ? "true" : "false"));
            List<String> options = switch (column) {
                case ReadWidget.Led l -> List.of("false", "true");
                case WriteWidget.CheckBox c -> List.of("false", "true");
                case WriteWidget.ComboBox c -> c.choices();
                default -> List.of();
            };
            if (!options.isEmpty()) {
                XmlNode opts = element("options", null);
                for (String option : options) {
                    opts = opts.withChild(element("option", option));
                }
                col = col.withChild(opts);
            }
            cols = cols.withChild(col);
        }
        return node.withChild(cols).withChild(element("editable", editable ? "true" : "false"));
    }

    /** Fills a template: bounds into x, y, width and height, then each non-empty property into its element. */
    private static XmlNode set(XmlNode template, Bounds b, Map<String, String> properties) {
        Map<String, String> texts = new java.util.HashMap<>();
        texts.put("x", Integer.toString(b.x()));
        texts.put("y", Integer.toString(b.y()));
        texts.put("width", Integer.toString(b.w()));
        texts.put("height", Integer.toString(b.h()));
        properties.forEach((name, value) -> {
            if (value != null && !value.isEmpty()) {
                texts.put(name, value);
            }
        });
        return template.withFirstTexts(texts);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
