package org.iocrun.opi.device;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;

/**
 * Loads pvi devices the way ibek and pvi 0.13.1-10 do: {@code Include}s are spliced in where they stand and a
 * declared {@code parent}'s components are added after the device's own; then, in every children list,
 * same-named groups are merged into the first (children appended) and each {@code IgnoredComponent} drops the
 * component of that name from its list.
 *
 * <p>Included and parent files are found by exact file name in the first directory of the search path that has
 * one (ibek passes the IOC config folder, then {@code $EPICS_ROOT/pvi-defs}).
 */
public final class DeviceLibrary {

    private static final String SUFFIX = ".pvi.device.yaml";
    /** pvi's root of all asyn drivers: has no components and no file. */
    private static final String ASYN_PORT_DRIVER = "asynPortDriver";

    private final YamlFileReader reader;
    private final List<Path> searchPath;
    private final Map<Path, RawDevice> parsed = new HashMap<>();
    /** The probes of the load under way, for {@link #loadRecorded}. */
    private List<Probe> probes = new ArrayList<>();

    /**
     * One look a device's resolution took at the search path: whether {@code fileName} was in its directory number
     * {@code dir}. With the files found, these are all a resolved device depends on besides its own file.
     */
    public record Probe(int dir, String fileName, boolean found) {
    }

    /** A resolved device and the probes its resolution took, in order. */
    public record Recorded(Device device, List<Probe> probes) {
    }

    public DeviceLibrary(YamlFileReader reader, List<Path> searchPath) {
        this.reader = reader;
        this.searchPath = List.copyOf(searchPath);
    }

    /** The fully resolved device defined by {@code file}. */
    public Device load(Path file) throws UserError {
        return loadRecorded(file).device();
    }

    /** {@link #load}, with the search-path probes it took (what a stored result must be checked against). */
    public Recorded loadRecorded(Path file) throws UserError {
        probes = new ArrayList<>();
        RawDevice raw = parsed(file);
        Device device = new Device(raw.label(), raw.parent(),
                normalize(withParents(raw, new ArrayDeque<>(List.of(file)))));
        return new Recorded(device, List.copyOf(probes));
    }

    /** The first {@code <name>.pvi.device.yaml} on the search path. */
    public Optional<Path> find(String deviceName) {
        String fileName = deviceName + SUFFIX;
        for (int i = 0; i < searchPath.size(); i++) {
            Path candidate = candidate(searchPath, new Probe(i, fileName, true));
            boolean found = Files.isDirectory(searchPath.get(i)) && Files.exists(candidate);
            probes.add(new Probe(i, fileName, found));
            if (found) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Where {@code probe} looked on {@code searchPath}. */
    public static Path candidate(List<Path> searchPath, Probe probe) {
        return searchPath.get(probe.dir()).resolve(probe.fileName());
    }

    /** Whether a probe on {@code searchPath} would find what it found when recorded (not the content). */
    public static boolean findsTheSame(List<Path> searchPath, Probe probe) {
        if (probe.dir() < 0 || probe.dir() >= searchPath.size()) {
            return false;
        }
        return probe.found() == (Files.isDirectory(searchPath.get(probe.dir()))
                && Files.exists(candidate(searchPath, probe)));
    }

    public List<Path> searchPath() {
        return searchPath;
    }

    private RawDevice parsed(Path file) throws UserError {
        RawDevice known = parsed.get(file);
        if (known == null) {
            known = DeviceFileParser.parse(file, reader.read(file));
            parsed.put(file, known);
        }
        return known;
    }

    private List<RawNode> expandIncludes(RawDevice device, Deque<Path> chain) throws UserError {
        return expand(device.children(), chain);
    }

    private List<RawNode> expand(List<RawNode> nodes, Deque<Path> chain) throws UserError {
        List<RawNode> out = new ArrayList<>();
        for (RawNode node : nodes) {
            switch (node) {
                case RawNode.Include include -> out.addAll(included(include, chain));
                case RawNode.RawGroup group -> out.add(group.withChildren(expand(group.children(), chain)));
                default -> out.add(node);
            }
        }
        return out;
    }

    private List<RawNode> included(RawNode.Include include, Deque<Path> chain) throws UserError {
        Path file = find(include.fileName()).orElseThrow(() -> notFound(include.origin(), include.fileName()));
        if (chain.contains(file)) {
            throw new UserError(Problem.error(include.origin(), "Include of '" + include.fileName()
                    + "' loops back to itself", "a chain of includes without cycles: " + describe(chain, file)));
        }
        chain.push(file);
        List<RawNode> children = expandIncludes(parsed(file), chain);
        chain.pop();
        return children;
    }

    /** Merges same-named groups, applies ignores, then does the same inside every group. */
    private static List<Component> normalize(List<RawNode> nodes) {
        Map<String, Integer> groupIndex = new HashMap<>();
        List<RawNode> merged = new ArrayList<>();
        for (RawNode node : nodes) {
            if (node instanceof RawNode.RawGroup group && groupIndex.containsKey(group.name())) {
                int at = groupIndex.get(group.name());
                RawNode.RawGroup first = (RawNode.RawGroup) merged.get(at);
                List<RawNode> children = new ArrayList<>(first.children());
                children.addAll(group.children());
                merged.set(at, first.withChildren(children));
            } else {
                if (node instanceof RawNode.RawGroup group) {
                    groupIndex.put(group.name(), merged.size());
                }
                merged.add(node);
            }
        }
        Set<String> ignored = merged.stream().filter(n -> n instanceof RawNode.Ignore)
                .map(RawNode::name).collect(Collectors.toSet());
        List<Component> out = new ArrayList<>();
        for (RawNode node : merged) {
            if (ignored.contains(node.name())) {
                continue;
            }
            switch (node) {
                case RawNode.Leaf leaf -> out.add(leaf.component());
                case RawNode.RawGroup g -> out.add(new Group(g.name(), g.label(), g.description(), g.layout(),
                        normalize(g.children()), g.origin()));
                case RawNode.Ignore ignore -> { }
                case RawNode.Include include -> throw new IllegalStateException("includes are expanded first");
            }
        }
        return out;
    }

    /**
     * The device's own children with includes expanded, followed by its parent's (and their parents'), so that
     * normalising merges a parent's group into the device's group of the same name after the device's children.
     */
    private List<RawNode> withParents(RawDevice device, Deque<Path> chain) throws UserError {
        List<RawNode> nodes = new ArrayList<>(expandIncludes(device, chain));
        String parent = device.parent();
        if (parent == null || parent.equals(ASYN_PORT_DRIVER)) {
            return nodes;
        }
        SourcePosition at = SourcePosition.unknown(device.file());
        Path file = find(parent).orElseThrow(() -> notFound(at, parent));
        if (chain.contains(file)) {
            throw new UserError(Problem.error(at, "parent '" + parent + "' loops back to itself",
                    "a chain of parents without cycles: " + describe(chain, file)));
        }
        chain.push(file);
        nodes.addAll(withParents(parsed(file), chain));
        chain.pop();
        return nodes;
    }

    private UserError notFound(SourcePosition at, String deviceName) {
        String dirs = searchPath.stream().map(Path::toString).collect(Collectors.joining(", "));
        return new UserError(Problem.error(at, "cannot find " + deviceName + SUFFIX,
                "a file of that name in one of: " + dirs));
    }

    private static String describe(Deque<Path> chain, Path again) {
        List<String> names = new ArrayList<>();
        chain.descendingIterator().forEachRemaining(p -> names.add(p.getFileName().toString()));
        names.add(again.getFileName().toString());
        return String.join(" -> ", names);
    }
}
