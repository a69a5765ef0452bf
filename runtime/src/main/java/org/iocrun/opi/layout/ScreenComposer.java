package org.iocrun.opi.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.opi.device.Component;
import org.iocrun.opi.device.DeviceRef;
import org.iocrun.opi.device.Group;
import org.iocrun.opi.device.Layout;
import org.iocrun.opi.device.ReadWidget;
import org.iocrun.opi.device.SignalR;
import org.iocrun.opi.device.SignalRW;
import org.iocrun.opi.device.SignalRef;
import org.iocrun.opi.device.SignalW;
import org.iocrun.opi.device.SignalX;
import org.iocrun.opi.device.Widget;
import org.iocrun.opi.device.WriteWidget;

/**
 * Lays out a device's components the way pvi's {@code ScreenFormatterFactory} does for the DLS formatter:
 * components fill columns top to bottom, a column ends before {@link ScreenLayout#maxHeight()}, grids become
 * titled group boxes, sub-screens and plots become buttons opening screens of their own (named
 * {@code <base>_<Name>}), and rows split their width between columns.
 */
public final class ScreenComposer {

    /** Size pvi gives a plot or image shown alone on its screen. */
    private static final int BIG_WIDGET_WIDTH = 900;
    private static final int BIG_WIDGET_HEIGHT = 500;

    private final ScreenLayout layout;
    private final String baseFileName;
    private final boolean titled;
    private final SourcePosition origin;
    /** Components drawn so far by name, for {@link SignalRef}s. */
    private final Map<String, Component> drawn = new HashMap<>();

    /**
     * @param baseFileName file name of the screen without extension; sub-screens are named after it
     * @param titled       whether screens get a title bar (pvi drops it for a device with an empty label)
     * @param origin       the device file, for errors no group position covers
     */
    public ScreenComposer(ScreenLayout layout, String baseFileName, boolean titled, SourcePosition origin) {
        this.layout = layout;
        this.baseFileName = baseFileName;
        this.titled = titled;
        this.origin = origin;
    }

    /** The screen for {@code components} under {@code title}, and every screen its buttons open. */
    public ScreenSet compose(List<Component> components, String title) throws UserError {
        List<Component> items = components;
        if (items.size() == 1 && items.getFirst() instanceof Group g && g.layout() instanceof Layout.SubScreen) {
            // a sub-screen's own screen: draw the group's children rather than a button for it
            items = g.children();
        }
        List<Placed> widgets = new ArrayList<>();
        List<Column> columns = new ArrayList<>(List.of(startColumn(0)));
        for (Component c : items) {
            Column last = columns.getLast();
            Column next = startColumn(nextX(widgets));
            Component item = c;
            if (isBigReadback(c)) {
                if (items.size() != 1) {
                    item = Group.subScreen(c.name(), List.of(c), origin);
                } else {
                    last.w = BIG_WIDGET_WIDTH;
                    last.h = BIG_WIDGET_HEIGHT;
                }
            }
            if (item instanceof Group g && !(g.layout() instanceof Layout.Row)) {
                widgets.addAll(groupWidgets(g, last, next));
            } else {
                widgets.addAll(placeComponent(item, last, next, true, true, false));
            }
            if (next.y != 0) {
                columns.add(next);
            }
        }
        List<ScreenSet.NamedScreen> subScreens = subScreens(widgets);
        Bounds padding = titled
                ? new Bounds(layout.spacing(), layout.spacing() + layout.titleHeight(), 2 * layout.spacing(),
                        2 * layout.spacing() + layout.titleHeight())
                : new Bounds(layout.spacing(), layout.spacing(), 2 * layout.spacing(), 2 * layout.spacing());
        Bounds bounds = new Bounds(0, 0, maxX(widgets) + padding.w(), maxY(widgets) + padding.h());
        return new ScreenSet(new Screen(title, titled, bounds, padding, widgets), subScreens);
    }

    private Column startColumn(int x) {
        return new Column(x, 0, layout.fullWidth(), layout.widgetHeight());
    }

    private List<ScreenSet.NamedScreen> subScreens(List<Placed> widgets) throws UserError {
        List<Placed.OpenScreen> buttons = new ArrayList<>();
        for (Placed w : widgets) {
            if (w instanceof Placed.OpenScreen b) {
                buttons.add(b);
            }
        }
        for (Placed w : widgets) {
            if (w instanceof Placed.GroupBox box) {
                for (Placed child : box.children()) {
                    if (child instanceof Placed.OpenScreen b) {
                        buttons.add(b);
                    }
                }
            }
        }
        List<ScreenSet.NamedScreen> out = new ArrayList<>();
        for (Placed.OpenScreen button : buttons) {
            if (button.contents() == null) {
                continue;
            }
            ScreenComposer child = new ScreenComposer(layout, button.fileName(), titled, origin);
            ScreenSet set = child.compose(List.of(button.contents()), button.contents().name());
            out.add(new ScreenSet.NamedScreen(button.fileName(), set.main()));
            out.addAll(set.subScreens());
        }
        return out;
    }

    /** A top-level group: a button for a sub-screen, else a group box in this column or the next. */
    private List<Placed> groupWidgets(Group group, Column column, Column next) throws UserError {
        if (group.layout() instanceof Layout.SubScreen) {
            return placeComponent(Group.subScreen(group.name(), group.children(), group.origin()),
                    column, next, true, false, false);
        }
        Placed.GroupBox box = groupBox(group, column.x, column.y);
        Column target = column;
        if (box.bounds().y() + box.bounds().h() > layout.maxHeight()) {
            box = groupBox(group, next.x, next.y);
            target = next;
        }
        box = new Placed.GroupBox(box.bounds().withW(box.bounds().w() + layout.groupWidthOffset()), box.title(),
                box.children());
        target.y = box.bounds().y() + box.bounds().h() + layout.spacing();
        return List.of(box);
    }

    private Placed.GroupBox groupBox(Group group, int x, int y) throws UserError {
        if (!(group.layout() instanceof Layout.Grid || group.layout() instanceof Layout.SubScreen)) {
            throw new UserError(Problem.error(group.origin(), "group '" + group.name()
                    + "' has a layout pvi cannot draw in a box", "layout type Grid or SubScreen"));
        }
        boolean stacked = group.layout() instanceof Layout.Grid grid && grid.stacked();
        Column column = startColumn(0);
        List<Placed> children = new ArrayList<>();
        for (Component c : group.children()) {
            Component item = c;
            // pvi 0.13.1-10 labels every line in a box, whatever the grid's 'labelled' says (simDetector's
            // SimDetectorSetup has labelled: false and is drawn with labels)
            boolean addLabel = true;
            if (c instanceof Group inner && inner.layout() instanceof Layout.Grid) {
                if (!isTable(inner)) {
                    throw new UserError(Problem.error(inner.origin(), "cannot nest group '" + inner.name()
                            + "' with a Grid layout in group '" + group.name() + "' on one screen",
                            "a SubScreen layout for the inner group, or a group of Rows (a table)"));
                }
                item = Group.subScreen(inner.name(), inner.children(), inner.origin());
            } else if (isBigReadback(c)) {
                item = Group.subScreen(c.name(), List.of(c), group.origin());
                addLabel = false;
            }
            Column next = startColumn(nextX(children));
            children.addAll(placeComponent(item, column, next, false, addLabel, stacked));
            if (next.y != 0) {
                column = next;
            }
        }
        Bounds bounds = new Bounds(x, y, maxX(children) + 2 * layout.spacing(),
                maxY(children) + 2 * layout.spacing() + layout.groupLabelHeight());
        return new Placed.GroupBox(bounds, group.displayLabel(), children);
    }

    /**
     * Places a component in this column, or in the next one when it would end below the screen's maximum height
     * (inside group boxes too: a box grows columns rather than getting taller than a screen).
     */
    private List<Placed> placeComponent(Component c, Column column, Column next, boolean indent, boolean addLabel,
                                        boolean stacked) throws UserError {
        int shift = indent ? layout.groupWidgetIndent() : 0;
        List<Placed> widgets = widgets(c, column.bounds().shifted(shift, 0), addLabel, stacked);
        if (maxY(widgets) <= layout.maxHeight()) {
            column.y = nextY(widgets);
        } else {
            widgets = widgets(c, next.bounds().shifted(shift, 0), addLabel, stacked);
            next.y = nextY(widgets);
        }
        return widgets;
    }

    /**
     * The widgets of one line: an optional label, then the component's widgets to its right.
     *
     * @param stacked whether the line is in a stacked grid
     */
    private List<Placed> widgets(Component c, Bounds bounds, boolean addLabel, boolean stacked) throws UserError {
        if (!(c instanceof SignalRef) && !(c instanceof Group)) {
            drawn.put(c.name(), c);
        }
        if (c instanceof Group g && g.layout() instanceof Layout.Row row) {
            return rowWidgets(g, row, bounds, addLabel, stacked);
        }
        Bounds line = bounds;
        List<Component> parts = List.of(c);
        boolean labelled = addLabel;
        WriteWidget write = writeWidget(c);
        if (write instanceof WriteWidget.ButtonPanel panel && !(c instanceof SignalX)) {
            parts = buttonPanelParts(c, panel);
        } else if (readWidget(c) instanceof ReadWidget.TableRead(List<ReadWidget> columns)) {
            labelled = false;
            line = tableBounds(line, columns.size());
        } else if (write instanceof WriteWidget.TableWrite(List<WriteWidget> columns)) {
            labelled = false;
            line = tableBounds(line, columns.size());
        } else if (isBigReadback(c)) {
            labelled = false;
        }
        List<Placed> out = new ArrayList<>();
        Bounds rest = line;
        if (labelled) {
            List<Bounds> split = line.splitLeft(layout.labelWidth(), layout.spacing());
            out.add(label(split.get(0), c));
            rest = split.get(1);
        }
        if (c instanceof SignalRef ref) {
            Component target = drawn.get(ref.name());
            if (target == null) {
                throw new UserError(Problem.error(origin, "SignalRef '" + ref.name()
                        + "' refers to no signal drawn before it", "a signal of that name earlier in the device"));
            }
            out.addAll(widgets(target, rest, labelled, stacked));
            return out;
        }
        out.addAll(lineWidgets(parts, rest, false));
        return out;
    }

    private Bounds tableBounds(Bounds line, int columns) {
        // pvi: 100 pixels per column and room for ten rows, as it cannot know the row count
        return line.withW(100 * columns).withH(line.h() * 10);
    }

    /** A ButtonPanel becomes one write button per action, followed by the readback if there is one. */
    private static List<Component> buttonPanelParts(Component c, WriteWidget.ButtonPanel panel) {
        String writePv = c instanceof SignalRW rw ? rw.writePv() : ((SignalW) c).writePv();
        List<Component> parts = new ArrayList<>();
        panel.actions().forEach((action, value) -> parts.add(new SignalX(action, null, null, writePv, value)));
        if (c instanceof SignalRW rw && rw.readWidget() != null) {
            parts.add(new SignalR(rw.name(), null, null, rw.readPv(), rw.readWidget()));
        }
        return parts;
    }

    /**
     * A Row: optional column headings, then the label and one column per child. pvi fits the columns into the
     * usual line width when they stay at least {@link ScreenLayout#minWidgetWidth()} wide (the label gets one
     * column's share), else gives every column a normal widget's width. In a stacked grid a demand widget's
     * readback goes underneath it, making the whole row two lines high.
     */
    private List<Placed> rowWidgets(Group group, Layout.Row row, Bounds bounds, boolean addLabel, boolean stacked)
            throws UserError {
        List<Component> children = group.children();
        int n = children.size();
        int spacing = layout.spacing();
        int labelW = 0;
        int rowX = bounds.x();
        int rowW = bounds.w();
        if (addLabel) {
            int start = (int) (bounds.w() / (double) (n + 1));
            labelW = start - spacing;
            rowX = bounds.x() + start;
            rowW = bounds.w() - start;
        }
        if (new Bounds(rowX, 0, rowW, 0).splitInto(n, spacing).getFirst().w() < layout.minWidgetWidth()) {
            int columnW = layout.fullWidth() - layout.labelWidth() - spacing;
            labelW = addLabel ? layout.labelWidth() : 0;
            rowX = bounds.x() + (addLabel ? layout.labelWidth() + spacing : 0);
            rowW = n * columnW + (n - 1) * spacing;
        }
        List<Placed> out = new ArrayList<>();
        int y = bounds.y();
        List<Bounds> columns = new Bounds(rowX, y, rowW, layout.widgetHeight()).splitInto(n, spacing);
        if (row.header() != null) {
            if (row.header().size() != n) {
                throw new UserError(Problem.error(group.origin(), "row '" + group.name() + "' has "
                        + row.header().size() + " headings for " + n + " columns", "one heading per child"));
            }
            for (int i = 0; i < n; i++) {
                out.add(new Placed.Heading(columns.get(i), row.header().get(i)));
            }
            y += layout.widgetHeight() + spacing;
        }
        boolean twoHigh = stacked && children.stream().anyMatch(ScreenComposer::stacksReadback);
        int height = twoHigh ? 2 * layout.widgetHeight() + spacing : bounds.h();
        if (addLabel) {
            out.add(label(new Bounds(bounds.x(), y, labelW, height), group));
        }
        out.addAll(lineWidgets(children, new Bounds(rowX, y, rowW, height), stacked));
        return out;
    }

    /** In a stacked grid, pairs of square widgets (toggle and LED) still sit side by side. */
    private static boolean stacksReadback(Component c) {
        return c instanceof SignalRW rw && rw.readWidget() != null
                && !(isSquare(rw.writeWidget()) && isSquare(rw.readWidget()));
    }

    private static boolean isSquare(Widget widget) {
        return widget instanceof ReadWidget.Led || widget instanceof WriteWidget.ToggleButton;
    }

    /** The widgets of the components sharing one line, left to right. */
    private List<Placed> lineWidgets(List<Component> parts, Bounds line, boolean stacked) throws UserError {
        List<Bounds> slots = line.splitInto(parts.size(), layout.spacing());
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Bounds slot = slots.get(i);
            switch (parts.get(i)) {
                case SignalX x -> out.add(new Placed.Action(slot, x.displayLabel(), x.writePv(), x.value()));
                case SignalRW rw when rw.readWidget() != null -> {
                    List<Bounds> halves = stacked && stacksReadback(rw)
                            ? slot.splitIntoRows(2, layout.spacing())
                            : slot.splitInto(2, layout.spacing());
                    out.add(pvWidget(rw.writeWidget(), halves.get(0), rw.writePv()));
                    out.add(pvWidget(rw.readWidget(), halves.get(1), rw.readPv()));
                }
                case SignalRW rw -> out.add(pvWidget(rw.writeWidget(), slot, rw.writePv()));
                case SignalW w -> out.add(pvWidget(w.writeWidget(), slot, w.writePv()));
                case SignalR r -> out.add(pvWidget(r.readWidget(), slot, r.readPv()));
                case Group g when g.layout() instanceof Layout.SubScreen -> out.add(new Placed.OpenScreen(slot,
                        g.displayLabel(), baseFileName + "_" + g.name().replace(' ', '_'), g, Map.of()));
                case DeviceRef ref -> out.add(new Placed.OpenScreen(slot, String.join(" ", ref.macros().values()),
                        ref.ui(), null, ref.macros()));
                default -> {
                    // pvi skips anything else on a line (a Grid or Plot group inside a row)
                }
            }
        }
        return out;
    }

    private Placed pvWidget(Widget widget, Bounds slot, String pv) throws UserError {
        Bounds b = switch (widget) {
            case ReadWidget.TextRead t -> slot.withH(slot.h() * t.lines());
            case WriteWidget.TextWrite t -> slot.withH(slot.h() * t.lines());
            case WriteWidget.ArrayWrite a -> throw new UserError(Problem.error(origin,
                    "pvi cannot draw an ArrayWrite widget (PV " + pv + ")", "another write widget"));
            default -> slot;
        };
        return new Placed.PvWidget(b, pv, widget);
    }

    private static Placed.Label label(Bounds bounds, Component c) {
        String description = c.description() == null || c.description().isEmpty()
                ? "No description provided" : c.description();
        return new Placed.Label(bounds, c.displayLabel(), c.displayLabel() + " - " + description);
    }

    private static ReadWidget readWidget(Component c) {
        return switch (c) {
            case SignalR r -> r.readWidget();
            case SignalRW rw -> rw.readWidget();
            default -> null;
        };
    }

    private static WriteWidget writeWidget(Component c) {
        return switch (c) {
            case SignalW w -> w.writeWidget();
            case SignalRW rw -> rw.writeWidget();
            default -> null;
        };
    }

    /** Plots and images get a screen of their own unless they are alone on one. */
    private static boolean isBigReadback(Component c) {
        ReadWidget r = readWidget(c);
        return r instanceof ReadWidget.ArrayTrace || r instanceof ReadWidget.ImageRead;
    }

    /** A group of several Rows, drawn as a table on its own screen. */
    private static boolean isTable(Group g) {
        return g.children().size() > 1 && g.children().stream()
                .allMatch(c -> c instanceof Group row && row.layout() instanceof Layout.Row);
    }

    static int maxX(List<Placed> widgets) {
        return widgets.stream().mapToInt(w -> w.bounds().x() + w.bounds().w()).max().orElse(0);
    }

    static int maxY(List<Placed> widgets) {
        return widgets.stream().mapToInt(w -> w.bounds().y() + w.bounds().h()).max().orElse(0);
    }

    private int nextX(List<Placed> widgets) {
        return widgets.isEmpty() ? 0 : maxX(widgets) + layout.spacing();
    }

    private int nextY(List<Placed> widgets) {
        return widgets.isEmpty() ? 0 : maxY(widgets) + layout.spacing();
    }

    /** Where the next component of a column goes; mutated as the column fills, like pvi's column bounds. */
    private static final class Column {
        int x;
        int y;
        int w;
        int h;

        Column(int x, int y, int w, int h) {
            this.x = x;
            this.y = y;
            this.w = w;
            this.h = h;
        }

        Bounds bounds() {
            return new Bounds(x, y, w, h);
        }
    }
}
