package org.iocrun.opi;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.opi.bob.BobRenderer;
import org.iocrun.opi.device.Component;
import org.iocrun.opi.device.DeviceLibrary;
import org.iocrun.opi.device.DeviceRef;
import org.iocrun.opi.device.PositionedYamlFileReader;
import org.iocrun.opi.device.YamlFileReader;
import org.iocrun.opi.layout.ScreenComposer;
import org.iocrun.opi.layout.ScreenLayout;
import org.iocrun.yaml.YamlLoader;

/**
 * The pvi step of {@code ibek runtime generate}: for every entity with a {@code pvi:} block, its device's screens
 * (once per device name), its {@code .pvi.template} and {@code ioc.subst} row when {@code pv} is set, and its
 * button on {@code index.bob}, which is always produced. Screens match pvi 0.13.1-10-g8e6f256f's DLS formatter.
 *
 * <p>Device files: {@code yaml_path} names the file; a file of the same name in the IOC config folder overrides
 * it, and includes and parents are looked up in the config folder first, then in {@code pvi-defs}.
 */
public final class OpiGenerator {

    private static final String INDEX = "index.bob";

    private final List<Path> pviDefs;
    private final Path configDir;
    private final DeviceLibrary library;
    private final Optional<PreparedDeviceCache> cache;
    private final Map<Path, PreparedDevice> devices = new HashMap<>();

    /**
     * @param pviDefs   {@code $EPICS_ROOT/pvi-defs}
     * @param configDir the IOC instance config folder ({@code /epics/ioc/config}), or null for none
     */
    public OpiGenerator(Path pviDefs, Path configDir) {
        this(pviDefs, configDir, new PositionedYamlFileReader(new YamlLoader()));
    }

    public OpiGenerator(Path pviDefs, Path configDir, YamlFileReader reader) {
        this(pviDefs, configDir, reader, Optional.empty());
    }

    /** @param cache where prepared devices are kept between runs, if anywhere */
    public OpiGenerator(Path pviDefs, Path configDir, YamlFileReader reader, Optional<PreparedDeviceCache> cache) {
        this(List.of(pviDefs), configDir, reader, cache);
    }

    /**
     * @param pviDefs folders of pvi device files in search order, each with the folders below it that hold device
     *                files (the first that has a file wins)
     */
    public OpiGenerator(List<Path> pviDefs, Path configDir, YamlFileReader reader, Optional<PreparedDeviceCache> cache) {
        this.pviDefs = PviDefsFolders.searchOrder(pviDefs);
        this.configDir = configDir;
        List<Path> searchPath = new ArrayList<>();
        if (configDir != null) {
            searchPath.add(configDir);
        }
        searchPath.addAll(this.pviDefs);
        this.library = new DeviceLibrary(reader, searchPath);
        this.cache = cache;
    }

    /**
     * Generates the OPI and runtime files for {@code entities} (in instance order, disabled ones included, as ibek
     * does). Every problem found is reported, not only the first.
     *
     * @param iocName title of {@code index.bob}
     */
    public OpiOutputs generate(String iocName, List<PviEntity> entities) throws UserError {
        Map<String, String> screens = new LinkedHashMap<>();
        Map<String, String> templates = new LinkedHashMap<>();
        List<PviSubstitution> rows = new ArrayList<>();
        List<Component> indexButtons = new ArrayList<>();
        Set<String> drawn = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        for (PviEntity entity : entities) {
            try {
                Path file = locate(entity);
                String deviceName = deviceName(file);
                PreparedDevice device = device(file, deviceName);
                if (entity.pv()) {
                    String template = deviceName + ".pvi.template";
                    templates.put(template, device.template(entity.pvPrefix()));
                    rows.add(new PviSubstitution(template, macros(entity, "pv")));
                }
                if (drawn.add(deviceName)) {
                    screens.putAll(device.screens());
                }
                if (entity.uiIndex()) {
                    Map<String, String> macros = macros(entity, "ui_index");
                    indexButtons.add(new DeviceRef(deviceName, device.label(), null, device.label().toUpperCase(),
                            deviceName + ".pvi.bob", macros));
                }
            } catch (UserError e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new UserError(problems);
        }
        Map<String, String> opiFiles = new LinkedHashMap<>(screens);
        opiFiles.put(INDEX, index(iocName, indexButtons));
        return new OpiOutputs(opiFiles, templates, rows);
    }

    /** ibek's find_pvi_device: a same-named file in the config folder wins over {@code pvi-defs/<yaml_path>}. */
    private Path locate(PviEntity entity) throws UserError {
        Path relative = insidePviDefs(entity);
        if (configDir != null && relative.getFileName() != null) {
            Path override = configDir.resolve(relative.getFileName().toString());
            if (Files.isRegularFile(override)) {
                return override;
            }
        }
        for (Path folder : pviDefs) {
            Path file = folder.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        Path first = pviDefs.getFirst().resolve(relative);
        String where = (pviDefs.size() == 1 ? first.toString() : first + " or " + (pviDefs.size() - 1) + " more folders")
                + (configDir == null ? "" : " (and no " + relative.getFileName() + " in " + configDir + ")");
        throw new UserError(Problem.error(entity.origin(), "pvi device file '" + entity.yamlPath() + "' not found",
                "looked for a file at " + where + "; give the support module's pvi files with --pvi-defs DIR"
                        + " (repeatable), or --no-pvi to leave the screens out"));
    }

    /**
     * yaml_path as a path that stays inside pvi-defs. ibek would follow an absolute path or {@code ..} anywhere;
     * a support module has no business reading outside the image's pvi-defs, and control characters would end up
     * in OPI file names, so those are errors here.
     */
    private static Path insidePviDefs(PviEntity entity) throws UserError {
        String yamlPath = entity.yamlPath();
        String problem = null;
        if (yamlPath.isBlank()) {
            problem = "is empty";
        } else if (yamlPath.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problem = "contains a control character (NUL, line break, ...)";
        } else if (yamlPath.startsWith("/") || yamlPath.startsWith("\\")) {
            problem = "is an absolute path";
        } else if (List.of(yamlPath.split("[/\\\\]")).contains("..")) {
            problem = "climbs out of pvi-defs with '..'";
        }
        if (problem != null) {
            throw new UserError(Problem.error(entity.origin(), "pvi yaml_path '" + printable(yamlPath) + "' " + problem,
                    "a path relative to $EPICS_ROOT/pvi-defs, e.g. simple.pvi.device.yaml"));
        }
        return Path.of(yamlPath);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(c < 0x20 || c == 0x7f ? "\\x%02x".formatted(c) : Character.toString(c)));
        return out.toString();
    }

    private PreparedDevice device(Path file, String deviceName) throws UserError {
        PreparedDevice known = devices.get(file);
        if (known == null) {
            known = prepare(file, deviceName);
            devices.put(file, known);
        }
        return known;
    }

    private PreparedDevice prepare(Path file, String deviceName) throws UserError {
        byte[] content = cache.isPresent() ? readOrNull(file) : null;
        if (content != null) {
            Optional<PreparedDevice> stored = cache.get().lookup(content, deviceName, library.searchPath());
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        DeviceLibrary.Recorded loaded = library.loadRecorded(file);
        PreparedDevice prepared = PreparedDevice.of(loaded.device(), deviceName, file);
        if (content != null) {
            cache.get().store(content, deviceName, library.searchPath(), loaded.probes(), prepared);
        }
        return prepared;
    }

    /** The file's bytes, or null when they cannot be read (the device loader then reports why). */
    private static byte[] readOrNull(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException | SecurityException e) {
            return null;
        }
    }

    /** The device name is the file name up to its first dot, as ibek takes it. */
    private static String deviceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static Map<String, String> macros(PviEntity entity, String flag) throws UserError {
        if (entity.uiMacros() == null) {
            throw new UserError(Problem.error(entity.origin(), "pvi." + flag + " is set but pvi.ui_macros is missing",
                    "ui_macros mapping each screen macro to a value, e.g. {P: , R: }"));
        }
        return entity.uiMacros();
    }

    private static String index(String iocName, List<Component> buttons) throws UserError {
        ScreenComposer composer = new ScreenComposer(ScreenLayout.DLS, "index", !iocName.isEmpty(),
                SourcePosition.unknown(Path.of(INDEX)));
        return BobRenderer.render(composer.compose(buttons, iocName).main());
    }
}
