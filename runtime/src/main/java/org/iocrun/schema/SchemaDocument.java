package org.iocrun.schema;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/** A JSON schema read from a file, with its local references ({@code "#/$defs/X"}) resolvable. */
public record SchemaDocument(JsonNode root, Path file) {

    public static SchemaDocument read(Path file) throws UserError {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "no such schema file"));
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "cannot read the schema file: " + e));
        }
        return parse(text, file);
    }

    public static SchemaDocument parse(String text, Path file) throws UserError {
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(text);
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            SourcePosition position = at == null ? SourcePosition.unknown(file)
                    : new SourcePosition(file, at.getLineNr(), at.getColumnNr());
            throw new UserError(Problem.error(position, "the schema file is not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new UserError(Problem.error(SourcePosition.unknown(file), "the schema file must hold a JSON object",
                    "expected a JSON schema such as the one 'iocrun ioc generate-schema' writes"));
        }
        return new SchemaDocument(root, file);
    }

    /** The schema a local reference points at ({@code #} or {@code #/json/pointer}), if any. */
    Optional<JsonNode> resolve(String reference) {
        if (!reference.startsWith("#")) {
            return Optional.empty();
        }
        JsonNode target = root.at(reference.substring(1));
        return target.isMissingNode() ? Optional.empty() : Optional.of(target);
    }
}
