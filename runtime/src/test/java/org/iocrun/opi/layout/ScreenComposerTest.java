package org.iocrun.opi.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.opi.device.Component;
import org.iocrun.opi.device.DeviceRef;
import org.iocrun.opi.device.Group;
import org.iocrun.opi.device.Layout;
import org.iocrun.opi.device.ReadWidget;
import org.iocrun.opi.device.SignalR;
import org.iocrun.opi.device.SignalRef;
import org.iocrun.opi.device.SignalW;
import org.iocrun.opi.device.WriteWidget;
import org.junit.jupiter.api.Test;

class ScreenComposerTest {

    private static final SourcePosition AT = new SourcePosition(Path.of("D.pvi.device.yaml"), 12, 3);
    private static final ReadWidget TEXT = new ReadWidget.TextRead(1, null);

    private static ScreenSet compose(List<Component> components) throws UserError {
        return new ScreenComposer(ScreenLayout.DLS, "D", true, SourcePosition.unknown(Path.of("D.pvi.device.yaml")))
                .compose(components, "D");
    }

    private static Group grid(String name, List<Component> children) {
        return new Group(name, null, null, new Layout.Grid(true, false), children, AT);
    }

    private static SignalR read(String name) {
        return new SignalR(name, null, null, "$(P)" + name, TEXT);
    }

    @Test
    void gridInsideAGroupIsAPositionedError() {
        Group inner = grid("Inner", List.of(read("A")));
        UserError e = assertThrows(UserError.class, () -> compose(List.of(grid("Outer", List.of(inner)))));
        assertEquals("D.pvi.device.yaml:12:3", e.problems().getFirst().position().toString());
        assertEquals("cannot nest group 'Inner' with a Grid layout in group 'Outer' on one screen",
                e.problems().getFirst().message());
    }

    @Test
    void rowHeadingsMustMatchItsColumns() {
        Group row = new Group("R", null, null, new Layout.Row(List.of("X")), List.of(read("A"), read("B")), AT);
        UserError e = assertThrows(UserError.class, () -> compose(List.of(grid("G", List.of(row)))));
        assertEquals("row 'R' has 1 headings for 2 columns", e.problems().getFirst().message());
    }

    @Test
    void signalRefToNothingDrawnIsAnError() {
        UserError e = assertThrows(UserError.class, () -> compose(List.of(new SignalRef("Ghost", null, null))));
        assertEquals("SignalRef 'Ghost' refers to no signal drawn before it", e.problems().getFirst().message());
    }

    @Test
    void arrayWriteCannotBeDrawn() {
        SignalW w = new SignalW("Arr", null, null, "$(P)Arr",
                new WriteWidget.ArrayWrite(new WriteWidget.TextWrite(1, null)));
        assertThrows(UserError.class, () -> compose(List.of(w)));
    }

    /** A column ends before 900 pixels: the 37th line of 25 pixels starts a new column. */
    @Test
    void linesWrapIntoANewColumnBeforeMaxHeight() throws Exception {
        List<Component> many = new java.util.ArrayList<>();
        for (int i = 0; i < 37; i++) {
            many.add(read("S" + i));
        }
        List<Placed> widgets = compose(many).main().widgets();
        Placed.Label last = (Placed.Label) widgets.get(72);
        assertEquals(new Bounds(18, 875, 200, 20), ((Placed.Label) widgets.get(70)).bounds());
        assertEquals(new Bounds(18 + 428 + 5, 0, 200, 20), last.bounds());
    }

    /** Index buttons show the macro values and open the device screen with them. */
    @Test
    void deviceRefBecomesAButtonWithItsMacros() throws Exception {
        DeviceRef ref = new DeviceRef("Cam", "Camera", null, "CAMERA", "cam.pvi.bob", Map.of("P", "BL01:"));
        List<Placed> widgets = compose(List.of(ref)).main().widgets();
        assertEquals(new Placed.Label(new Bounds(18, 0, 200, 20), "Camera", "Camera - No description provided"),
                widgets.get(0));
        assertEquals(new Placed.OpenScreen(new Bounds(223, 0, 205, 20), "BL01:", "cam.pvi.bob", null,
                Map.of("P", "BL01:")), widgets.get(1));
    }
}
