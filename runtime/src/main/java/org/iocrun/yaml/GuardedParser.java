package org.iocrun.yaml;

import org.iocrun.diagnostics.Problem;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ImplicitTuple;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;

/**
 * Sits between snakeyaml-engine's parser and composer and watches the events the composer takes:
 * <ul>
 * <li>nesting depth, so a deeply nested file fails with a position before the (recursive) composer runs
 *     out of stack;</li>
 * <li>the number of nodes, so a huge file fails with a position while it is parsed, before the composer has
 *     built a node graph that exhausts the heap (an alias counts once here; the converter counts what it
 *     expands to);</li>
 * <li>where each alias is written: the composed graph only has the anchored node itself, so alias
 *     positions (for errors about expanding them) are kept here, in document order;</li>
 * <li>constructs whose meaning would differ from ibek's: a {@code %YAML 1.1} directive (ruamel would switch
 *     to YAML 1.1 typing) and an explicit {@code !!merge} tag (the composer would merge in its own order).</li>
 * </ul>
 */
final class GuardedParser implements Parser {

    private static final String MERGE_TAG = Tag.MERGE.getValue();

    private final Parser delegate;
    private final Path file;
    private final int maxDepth;
    private final long maxNodes;
    private long nodes;
    private final Queue<Mark> aliasMarks = new ArrayDeque<>();
    private int depth;

    GuardedParser(Parser delegate, Path file, YamlLimits limits) {
        this.delegate = delegate;
        this.file = file;
        this.maxDepth = limits.maxDepth();
        this.maxNodes = limits.maxNodes();
    }

    /** Positions of the aliases consumed so far, oldest first; the converter takes them in the same order. */
    Queue<Mark> aliasMarks() {
        return aliasMarks;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
        return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
        return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return delegate.hasNext();
    }

    /**
     * Switches on the event id rather than on types: this runs for every event at every IOC start, and
     * an enum switch needs no bootstrap the way a type-pattern switch does.
     */
    @Override
    public Event next() {
        Event event = delegate.next();
        switch (event.getEventId()) {
            case MappingStart, SequenceStart -> {
                count(event);
                enter((CollectionStartEvent) event);
            }
            case MappingEnd, SequenceEnd -> depth--;
            case Alias -> {
                count(event);
                aliasMarks.add(event.getStartMark().orElseThrow());
            }
            case Scalar -> {
                count(event);
                ScalarEvent scalar = (ScalarEvent) event;
                Optional<String> tag = scalar.getTag();
                if (tag.isPresent()) {
                    if (tag.get().equals("!")) {
                        return untagged(scalar);
                    }
                    checkTag(scalar, tag.get());
                }
            }
            case DocumentStart -> checkVersion((DocumentStartEvent) event);
            default -> {
            }
        }
        return event;
    }

    /**
     * PyYAML and ruamel type a scalar with the non-specific tag {@code !} by its content, quoted or not
     * ({@code ! 12} is the integer 12); the engine would make it a string.
     */
    private static ScalarEvent untagged(ScalarEvent scalar) {
        return new ScalarEvent(scalar.getAnchor(), Optional.empty(), new ImplicitTuple(true, false),
                scalar.getValue(), scalar.getScalarStyle(), scalar.getStartMark(), scalar.getEndMark());
    }

    private void count(Event event) {
        if (++nodes > maxNodes) {
            throw fail(event.getStartMark(), "the document has more than " + maxNodes + " nodes",
                    "split it into smaller files");
        }
    }

    private void enter(CollectionStartEvent start) {
        if (start.getTag().isPresent()) {
            checkTag(start, start.getTag().get());
        }
        if (++depth > maxDepth) {
            throw fail(start.getStartMark(), "nesting is deeper than " + maxDepth + " levels",
                    "YAML files for IOCs nest a few levels; this looks like a broken or hostile file");
        }
    }

    private void checkTag(NodeEvent event, String tag) {
        if (tag.equals(MERGE_TAG)) {
            throw fail(event.getStartMark(), "the !!merge tag is not supported", "write the merge key as a plain <<");
        }
    }

    private void checkVersion(DocumentStartEvent document) {
        if (document.getSpecVersion().isEmpty()) {
            return;
        }
        SpecVersion version = document.getSpecVersion().get();
        if (version.getMajor() != 1 || version.getMinor() != 2) {
            throw fail(document.getStartMark(), "YAML version " + version.getRepresentation() + " is not supported",
                    "iocrun reads YAML 1.2, as ibek does; remove the %YAML directive");
        }
    }

    private LoadFailure fail(Optional<Mark> mark, String message, String hint) {
        return new LoadFailure(Problem.error(Marks.position(file, mark), message, hint));
    }
}
