package org.iocrun.opi.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How includes, ignores, parents and the search path combine into one device tree. */
class DeviceLibraryTest {

    private FileSystem fs;
    private Path config;
    private Path defs;

    @BeforeEach
    void folders() throws Exception {
        fs = Jimfs.newFileSystem(Configuration.unix());
        config = Files.createDirectories(fs.getPath("/epics/ioc/config"));
        defs = Files.createDirectories(fs.getPath("/epics/pvi-defs"));
    }

    @AfterEach
    void close() throws Exception {
        fs.close();
    }

    private Path write(Path dir, String device, String yaml) throws Exception {
        return Files.writeString(dir.resolve(device + ".pvi.device.yaml"), yaml);
    }

    private Device load(Path file) throws Exception {
        return new DeviceLibrary(new PositionedYamlFileReader(new org.iocrun.yaml.YamlLoader()), List.of(config, defs)).load(file);
    }

    /** Compact outline: groups as Name[children], signals by name. */
    private static String outline(List<Component> components) {
        return components.stream()
                .map(c -> c instanceof Group g ? g.name() + "[" + outline(g.children()) + "]" : c.name())
                .collect(Collectors.joining(","));
    }

    private static String signalR(String name) {
        return "      - {type: SignalR, name: " + name + ", read_pv: X}\n";
    }

    @Test
    void includeIsSplicedWhereItStandsAndSameNamedGroupsMergeIntoTheFirst() throws Exception {
        write(defs, "Base", """
                label: Base
                children:
                  - type: Group
                    name: Info
                    layout: {type: Grid}
                    children:
                """ + signalR("Port") + """
                  - type: Group
                    name: Advanced
                    layout: {type: SubScreen}
                    children:
                """ + signalR("BaseAdvanced"));
        Path driver = write(defs, "Driver", """
                label: Driver
                children:
                  - type: Group
                    name: Info
                    layout: {type: Grid}
                    children:
                """ + signalR("Serial") + """
                  - {type: Include, file_name: Base}
                  - type: Group
                    name: Advanced
                    layout: {type: SubScreen}
                    children:
                """ + signalR("DriverAdvanced") + """
                  - {type: SignalR, name: Extra, read_pv: X}
                """);
        assertEquals("Info[Serial,Port],Advanced[BaseAdvanced,DriverAdvanced],Extra",
                outline(load(driver).children()));
    }

    /** An ignore in an included group removes the includer's component once the groups are merged. */
    @Test
    void ignoredComponentDropsTheNameFromItsOwnMergedListOnly() throws Exception {
        write(defs, "Base", """
                label: Base
                children:
                  - type: Group
                    name: Info
                    layout: {type: Grid}
                    children:
                      - {type: IgnoredComponent, name: Model}
                """ + signalR("Port") + """
                  - type: Group
                    name: Produce
                    layout: {type: Grid}
                    children:
                      - {type: IgnoredComponent, name: Acquire}
                """ + signalR("Size"));
        Path driver = write(defs, "Driver", """
                label: Driver
                children:
                  - type: Group
                    name: Info
                    layout: {type: Grid}
                    children:
                """ + signalR("Model") + """
                  - type: Group
                    name: Collect
                    layout: {type: Grid}
                    children:
                """ + signalR("Acquire") + """
                  - {type: Include, file_name: Base}
                """);
        assertEquals("Info[Port],Collect[Acquire],Produce[Size]", outline(load(driver).children()));
    }

    @Test
    void topLevelIgnoreRemovesAnIncludedGroup() throws Exception {
        write(defs, "Base", """
                label: Base
                children:
                  - {type: Group, name: Produce, layout: {type: Grid}, children: []}
                  - {type: Group, name: Info, layout: {type: Grid}, children: []}
                """);
        Path file = write(defs, "File", """
                label: File
                children:
                  - {type: Include, file_name: Base}
                  - {type: IgnoredComponent, name: Produce}
                """);
        assertEquals("Info[]", outline(load(file).children()));
    }

    /** A parent's components come after the device's own; its groups merge into same-named ones. */
    @Test
    void parentComponentsFollowTheDevicesOwn() throws Exception {
        write(defs, "Grand", """
                label: Grand
                parent: asynPortDriver
                children:
                  - type: Group
                    name: Readout
                    layout: {type: Grid}
                    children:
                """ + signalR("SizeX") + """
                  - {type: Group, name: Setup, layout: {type: Grid}, children: []}
                """);
        write(defs, "Parent", """
                label: Parent
                parent: Grand
                children:
                  - {type: Group, name: Base, layout: {type: Grid}, children: []}
                """);
        Path child = write(defs, "Child", """
                label: Child
                parent: Parent
                children:
                  - type: Group
                    name: Readout
                    layout: {type: Grid}
                    children:
                """ + signalR("MinY"));
        Device device = load(child);
        assertEquals("Readout[MinY,SizeX],Base[],Setup[]", outline(device.children()));
        assertEquals("Parent", device.parent());
    }

    /** ibek searches the IOC config folder first, for included and parent files too. */
    @Test
    void configFolderFilesWinForIncludesAndParents() throws Exception {
        write(defs, "Base", "label: Base\nchildren:\n  - {type: SignalR, name: FromDefs, read_pv: X}\n");
        write(config, "Base", "label: Base\nchildren:\n  - {type: SignalR, name: FromConfig, read_pv: X}\n");
        write(defs, "Up", "label: Up\nchildren:\n  - {type: SignalR, name: UpFromDefs, read_pv: X}\n");
        write(config, "Up", "label: Up\nchildren:\n  - {type: SignalR, name: UpFromConfig, read_pv: X}\n");
        Path device = write(defs, "Device", """
                label: Device
                parent: Up
                children:
                  - {type: Include, file_name: Base}
                """);
        assertEquals("FromConfig,UpFromConfig", outline(load(device).children()));
    }

    @Test
    void signalRwWithoutReadPvUsesTheDemandPvAndShowsNoReadback() throws Exception {
        Path file = write(defs, "D", """
                label: D
                children:
                  - {type: SignalRW, name: Single, write_pv: A}
                  - {type: SignalRW, name: Pair, write_pv: B, read_pv: B_RBV}
                """);
        List<Component> children = load(file).children();
        SignalRW single = (SignalRW) children.get(0);
        SignalRW pair = (SignalRW) children.get(1);
        assertEquals("A", single.readPv());
        assertNull(single.readWidget());
        assertEquals(new WriteWidget.TextWrite(1, null), single.writeWidget());
        assertEquals(new ReadWidget.TextRead(1, null), pair.readWidget());
    }

    @Test
    void widgetsAndLayoutsKeepTheirSettings() throws Exception {
        Path file = write(defs, "D", """
                label: D
                children:
                  - type: Group
                    name: Rows
                    label: My Rows
                    layout: {type: Grid, labelled: false, stacked: true}
                    children:
                      - type: Group
                        name: R1
                        layout: {type: Row, header: [X, Y]}
                        children:
                          - {type: SignalW, name: Mode, write_pv: M, write_widget: {type: ComboBox, choices: [A, B]}}
                          - {type: SignalR, name: Bits, read_pv: S, read_widget: {type: BitField, number_of_bits: 3}}
                  - {type: SignalW, name: Go, write_pv: G, write_widget: {type: ButtonPanel, actions: {Start: "1", Stop: "0"}}}
                  - {type: SignalR, name: Text, read_pv: T, read_widget: {type: TextRead, lines: 2, format: 4}}
                """);
        List<Component> children = load(file).children();
        Group rows = (Group) children.get(0);
        assertEquals(new Layout.Grid(false, true), rows.layout());
        assertEquals("My Rows", rows.displayLabel());
        Group r1 = (Group) rows.children().getFirst();
        assertEquals(new Layout.Row(List.of("X", "Y")), r1.layout());
        assertEquals(new WriteWidget.ComboBox(List.of("A", "B")), ((SignalW) r1.children().get(0)).writeWidget());
        assertEquals(new ReadWidget.BitField(null, 3), ((SignalR) r1.children().get(1)).readWidget());
        assertEquals(List.of("Start", "Stop"),
                List.copyOf(((WriteWidget.ButtonPanel) ((SignalW) children.get(1)).writeWidget()).actions().keySet()));
        assertEquals(new ReadWidget.TextRead(2, TextFormat.STRING), ((SignalR) children.get(2)).readWidget());
    }
}
