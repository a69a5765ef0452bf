package org.iocrun.cli;

import org.iocrun.diagnostics.Problem;
import org.iocrun.diagnostics.SourcePosition;
import org.iocrun.diagnostics.UserError;
import org.iocrun.loading.DefinitionFiles;
import org.iocrun.schema.SchemaDocument;
import org.iocrun.schema.SchemaValidator;
import org.iocrun.yaml.YNode;
import org.iocrun.yaml.YamlLoader;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code iocrun validate --schema FILE}: checks instance files against a JSON schema file (ours or ibek's) instead
 * of support definitions, so a services repository's CI can check instances without the IOC's image.
 */
final class SchemaValidation {

    private SchemaValidation() {
    }

    /** Validates every target (an instance file, or a config folder's ioc.yaml and runtime.yaml); the exit code. */
    static int run(Path schemaFile, List<Path> targets, PrintWriter out, picocli.CommandLine cli,
                   org.iocrun.diagnostics.ProblemFormat format) {
        List<Problem> errors = new ArrayList<>();
        try {
            SchemaValidator validator = new SchemaValidator(SchemaDocument.read(schemaFile));
            YamlLoader yaml = new YamlLoader();
            for (Path file : instanceFiles(targets, errors)) {
                List<Problem> problems = validate(validator, yaml, file);
                if (problems.isEmpty()) {
                    out.println(file + ": valid");
                }
                errors.addAll(problems);
            }
        } catch (UserError e) {
            errors.addAll(e.problems());
        }
        out.flush();
        if (errors.isEmpty()) {
            return 0;
        }
        Reporting.problems(cli, errors, format);
        return 1;
    }

    private static List<Problem> validate(SchemaValidator validator, YamlLoader yaml, Path file) {
        try {
            Optional<YNode> document = yaml.load(file);
            if (document.isEmpty()) {
                return List.of(Problem.error(new SourcePosition(file, 1, 1), "the file holds no YAML document",
                        "expected a mapping with 'ioc_name', 'description' and 'entities'"));
            }
            return validator.validate(document.get());
        } catch (UserError e) {
            return e.problems();
        }
    }

    private static List<Path> instanceFiles(List<Path> targets, List<Problem> errors) {
        List<Path> files = new ArrayList<>();
        for (Path target : targets) {
            if (Files.isDirectory(target)) {
                List<Path> inFolder = DefinitionFiles.instanceFilesIn(target);
                if (inFolder.isEmpty()) {
                    errors.add(Problem.error(SourcePosition.unknown(target), "no instance YAML files found",
                            "a config folder must hold ioc.yaml (and optionally runtime.yaml)"));
                }
                files.addAll(inFolder);
            } else if (Files.isRegularFile(target)) {
                files.add(target);
            } else {
                errors.add(Problem.error(SourcePosition.unknown(target), "no such config folder or instance file"));
            }
        }
        return files;
    }
}
