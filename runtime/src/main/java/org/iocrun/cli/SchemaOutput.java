package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.schema.PydanticJson;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prints a generated schema, or writes it to a file, as ibek does: its JSON text and a final newline. */
final class SchemaOutput {

    private SchemaOutput() {
    }

    static void write(JsonNode schema, Path output, PrintWriter out) throws UserError {
        String text = PydanticJson.write(schema) + "\n";
        if (output == null) {
            out.print(text);
            out.flush();
            return;
        }
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(Problem.error(SourcePosition.unknown(output), "cannot write the schema: " + org.iocrun.diagnostics.FileProblems.reason(e),
                    "check that the folder exists and is writable"));
        }
    }
}
