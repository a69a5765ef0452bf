package org.iocrun.templating.syntax;

import org.iocrun.templating.nodes.UnboundNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jinja 3.1's {@code idtracking} for one frame, reduced to what decides a name's initial value: the parser
 * records each frame's reads, stores and parameters in Jinja's visiting order ({@code FrameSymbolVisitor}:
 * an assignment's value before its target, an {@code if}'s branches merged by {@code branch_update}, nested
 * frames kept apart), and once the whole template is parsed {@link #resolveAll} replays them as
 * {@code Symbols} does, parents before children, and hands each frame the names it starts as undefined.
 */
final class FrameSymbols {

    /** What the frame does to a name, in order. */
    sealed interface Event {
    }

    record Load(String name) implements Event {
    }

    record Store(String name) implements Event {
    }

    record Param(String name) implements Event {
    }

    /** An {@code if}: its body, its elif chain and its else, each visited on a copy of the symbols. */
    record Branches(List<List<Event>> branches) implements Event {
    }

    private final FrameSymbols parent;
    private final UnboundNames result;
    private final List<Event> events = new ArrayList<>();
    private final List<FrameSymbols> children = new ArrayList<>();

    private FrameSymbols(FrameSymbols parent, UnboundNames result) {
        this.parent = parent;
        this.result = result;
    }

    static FrameSymbols root(UnboundNames result) {
        return new FrameSymbols(null, result);
    }

    /** A frame nested in this one: it sees this frame's names ({@code Frame.inner()}). */
    FrameSymbols inner(UnboundNames result) {
        FrameSymbols child = new FrameSymbols(this, result);
        children.add(child);
        return child;
    }

    /** A frame of its own, seeing no enclosing frame's names, as a block's. */
    FrameSymbols detached(UnboundNames result) {
        FrameSymbols child = new FrameSymbols(null, result);
        children.add(child);
        return child;
    }

    List<Event> events() {
        return events;
    }

    /** Replays every frame's events, this one's first, and resolves each frame's {@link UnboundNames}. */
    void resolveAll() {
        resolve(null);
    }

    private void resolve(Symbols enclosing) {
        Symbols symbols = new Symbols(parent == null ? null : enclosing);
        symbols.replay(events);
        result.resolve(symbols.undefinedAtStart());
        for (FrameSymbols child : children) {
            child.resolve(symbols);
        }
    }

    /** Jinja's {@code Symbols}: for each name this frame refers to, how its variable starts. */
    private static final class Symbols {

        private enum Start { RESOLVE, UNDEFINED, ALIAS, PARAMETER }

        private final Symbols parent;
        private final Map<String, Start> loads;
        private final Set<String> stores;

        Symbols(Symbols parent) {
            this(parent, new HashMap<>(), new HashSet<>());
        }

        private Symbols(Symbols parent, Map<String, Start> loads, Set<String> stores) {
            this.parent = parent;
            this.loads = loads;
            this.stores = stores;
        }

        private Symbols copy() {
            return new Symbols(parent, new HashMap<>(loads), new HashSet<>(stores));
        }

        private boolean knows(String name) {
            for (Symbols s = this; s != null; s = s.parent) {
                if (s.loads.containsKey(name)) {
                    return true;
                }
            }
            return false;
        }

        void replay(List<Event> events) {
            for (Event event : events) {
                switch (event) {
                    case Load(String name) -> {
                        if (!knows(name)) {
                            loads.put(name, Start.RESOLVE);
                        }
                    }
                    case Store(String name) -> {
                        stores.add(name);
                        if (!loads.containsKey(name)) {
                            loads.put(name, parent != null && parent.knows(name) ? Start.ALIAS : Start.UNDEFINED);
                        }
                    }
                    case Param(String name) -> {
                        stores.add(name);
                        loads.put(name, Start.PARAMETER);
                    }
                    case Branches(List<List<Event>> branches) -> branchUpdate(branches);
                }
            }
        }

        /**
         * {@code visit_If} and {@code branch_update}: a name stored in some branches but not all starts from the
         * enclosing frame's variable or is resolved; one stored in every branch keeps what the branches gave it.
         */
        private void branchUpdate(List<List<Event>> branches) {
            List<Symbols> visited = new ArrayList<>();
            for (List<Event> branch : branches) {
                Symbols copy = copy();
                copy.replay(branch);
                visited.add(copy);
            }
            Map<String, Integer> storedIn = new HashMap<>();
            for (Symbols branch : visited) {
                for (String name : branch.stores) {
                    if (!stores.contains(name)) {
                        storedIn.merge(name, 1, Integer::sum);
                    }
                }
            }
            for (Symbols branch : visited) {
                loads.putAll(branch.loads);
                stores.addAll(branch.stores);
            }
            storedIn.forEach((name, count) -> {
                if (count != branches.size()) {
                    loads.put(name, parent != null && parent.knows(name) ? Start.ALIAS : Start.RESOLVE);
                }
            });
        }

        Set<String> undefinedAtStart() {
            Set<String> names = new HashSet<>();
            loads.forEach((name, start) -> {
                if (start == Start.UNDEFINED) {
                    names.add(name);
                }
            });
            return names;
        }
    }
}
