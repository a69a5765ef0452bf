package org.iocrun.yaml;

import org.iocrun.diagnostics.FileProblems;
import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one YAML document into a {@link YNode} tree with ibek's dialect: YAML 1.2 core-schema scalars as
 * ruamel.yaml types them, merge keys in ruamel's order, aliases expanded, duplicate keys refused. Every
 * failure is a {@link UserError} naming file, line and column.
 *
 * <p>Composition is snakeyaml-engine's (the {@code Compose} API's composer and parser, with a parser
 * decorator in between); merging, typing and checks are ours. Instances hold only immutable settings, so
 * one loader may serve any number of threads.
 */
public final class YamlLoader {

    /** Texts up to this many characters are read in the engine's default small buffer. */
    private static final int LARGE_TEXT = 64 * 1024;

    private final YamlLimits limits;
    private final LoadSettings settings;
    private final Optional<ParsedYamlCache> cache;

    public YamlLoader() {
        this(YamlLimits.DEFAULT);
    }

    public YamlLoader(YamlLimits limits) {
        this(limits, Optional.empty());
    }

    /** A loader that keeps the trees of the files it loads in {@code cache} and takes them from there. */
    public YamlLoader(Optional<ParsedYamlCache> cache) {
        this(YamlLimits.DEFAULT, cache);
    }

    private YamlLoader(YamlLimits limits, Optional<ParsedYamlCache> cache) {
        this.limits = limits;
        this.cache = cache;
        this.settings = settings(1024);
    }

    /**
     * The engine's settings, reading {@code bufferSize} characters at a time. The engine copies its window from the
     * start of the current token at every read, so a token longer than the buffer (one huge scalar) costs time
     * quadratic in its length: an 8 MB scalar took a minute. Large texts are therefore read in one buffer.
     */
    private LoadSettings settings(int bufferSize) {
        return LoadSettings.builder()
                .setBufferSize(bufferSize)
                .setSchema(new DeferredTypingSchema())
                // the converter reports these with positions; the engine would throw without one
                .setAllowNonScalarKeys(true)
                .setAllowRecursiveKeys(true)
                // alias expansion is bounded by YamlLimits.maxNodes, which counts what aliases expand to
                .setMaxAliasesForCollections(Integer.MAX_VALUE)
                .setCodePointLimit((int) limits.maxFileBytes())
                .setParseComments(false)
                .build();
    }

    /** Small texts share the default settings; a large one is read in one buffer (see {@link #settings(int)}). */
    private LoadSettings settingsFor(String yaml) {
        return yaml.length() <= LARGE_TEXT ? settings : settings(yaml.length() + 1);
    }

    /**
     * Loads a file (from any {@link java.nio.file.FileSystem}).
     *
     * @return the document, or empty when the file has none (empty, or only comments)
     */
    public Optional<YNode> load(Path file) throws UserError {
        return parse(decode(read(file), file), file);
    }

    /**
     * Loads one of the definition files a Generic IOC image holds (support YAML, pvi device files), which the
     * parsed-tree cache (when this loader has one) keeps: the same files at every start, unlike instance files.
     */
    public Optional<YNode> loadDefinition(Path file) throws UserError {
        byte[] bytes = read(file);
        Optional<YNode> stored = cache.flatMap(c -> c.lookup(bytes, file));
        if (stored.isPresent()) {
            return stored;
        }
        Optional<YNode> parsed = parse(decode(bytes, file), file);
        cache.ifPresent(c -> parsed.ifPresent(root -> c.store(bytes, root, file)));
        return parsed;
    }

    /**
     * Parses YAML text.
     *
     * @param nameForPositions the file name that positions in errors and nodes carry (may be null)
     * @return the document, or empty when the text has none (empty, or only comments)
     */
    public Optional<YNode> parse(String text, Path nameForPositions) throws UserError {
        if (text.length() > limits.maxFileBytes()) {
            throw tooLarge(nameForPositions, text.length() + " characters");
        }
        String yaml = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return compose(yaml, nameForPositions);
        } catch (LoadFailure failure) {
            throw failure.toUserError();
        }
    }

    private Optional<YNode> compose(String yaml, Path file) {
        LoadSettings textSettings = settingsFor(yaml);
        GuardedParser parser = new GuardedParser(new ParserImpl(textSettings, new StreamReader(textSettings, yaml)),
                file, limits);
        Optional<Node> root;
        try {
            root = new Composer(textSettings, parser).getSingleNode();
        } catch (YamlEngineException e) {
            throw new LoadFailure(new EngineErrors(yaml, file).translate(e));
        }
        return root.map(node -> new NodeConverter(file, limits, parser.aliasMarks()).convert(node));
    }

    private static String decode(byte[] bytes, Path file) throws UserError {
        try {
            return StrictUtf8.decode(bytes, file);
        } catch (LoadFailure failure) {
            throw failure.toUserError();
        }
    }

    private byte[] read(Path file) throws UserError {
        try {
            if (Files.size(file) > limits.maxFileBytes()) {
                throw tooLarge(file, Files.size(file) + " bytes");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) limits.maxFileBytes() + 1);
            }
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge(file, "more than " + limits.maxFileBytes() + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw unreadable(file, FileProblems.reason(e));
        }
    }

    private UserError tooLarge(Path file, String size) {
        return new UserError(Problem.error(SourcePosition.unknown(file), "file is too large: " + size,
                "the limit is " + limits.maxFileBytes() + " bytes; YAML files for IOCs are far smaller"));
    }

    private static UserError unreadable(Path file, String why) {
        return new UserError(Problem.error(SourcePosition.unknown(file), "cannot read the file: " + why));
    }
}
